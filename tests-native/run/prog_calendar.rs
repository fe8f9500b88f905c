// Day-of-week (Zeller-like), leap years, and a printed month calendar.
fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => if is_leap(y) { 29 } else { 28 },
    }
}

// 0 = Monday
fn weekday(y: i32, m: u32, d: u32) -> u32 {
    let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let w = (y + y / 4 - y / 100 + y / 400 + t[(m - 1) as usize] + d as i32) % 7;
    ((w + 6) % 7) as u32
}

fn print_month(y: i32, m: u32) {
    let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    println!("{:^20}", format!("{} {}", names[(m - 1) as usize], y));
    println!("Mo Tu We Th Fr Sa Su");
    let first = weekday(y, m, 1);
    let mut line = "   ".repeat(first as usize);
    for d in 1..=days_in_month(y, m) {
        line.push_str(&format!("{:>2}", d));
        if (first + d) % 7 == 0 {
            println!("{}", line.trim_end());
            line.clear();
        } else {
            line.push(' ');
        }
    }
    if !line.trim().is_empty() {
        println!("{}", line.trim_end());
    }
}

fn main() {
    print_month(2024, 2);
    print_month(2023, 10);
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    for (y, m, d) in [(1969, 7, 20), (2000, 1, 1), (2024, 12, 25)] {
        println!("{}-{:02}-{:02} is a {}", y, m, d, days[weekday(y, m, d) as usize]);
    }
    let leaps = (1900..=2024).filter(|&y| is_leap(y)).count();
    println!("{} leap years from 1900 to 2024", leaps);
}
