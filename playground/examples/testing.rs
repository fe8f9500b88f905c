// Unit tests: press Test to run the #[test] functions (as `cargo test`); Run runs main.
pub fn is_leap_year(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => panic!("no month {}", month),
    }
}

fn main() {
    for year in [1900, 2000, 2024] {
        println!("{}: February has {} days", year, days_in_month(year, 2));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years() {
        assert!(is_leap_year(2024));
        assert!(!is_leap_year(1900));
        assert!(is_leap_year(2000));
    }

    #[test]
    fn month_lengths() {
        let total: u32 = (1..=12).map(|m| days_in_month(2023, m)).sum();
        assert_eq!(total, 365);
    }

    #[test]
    #[should_panic(expected = "no month 13")]
    fn month_13_panics() {
        days_in_month(2023, 13);
    }
}
