// C-like enums: matching, casting to integers, explicit discriminants.
enum Direction {
    North,
    East,
    South,
    West,
}

enum Http {
    Ok = 200,
    NotFound = 404,
    Teapot = 418,
    Error = 500,
}

enum Small {
    A = -2,
    B,
    C = 10,
    D,
}

fn turn_right(d: Direction) -> Direction {
    match d {
        Direction::North => Direction::East,
        Direction::East => Direction::South,
        Direction::South => Direction::West,
        Direction::West => Direction::North,
    }
}

fn name(d: &Direction) -> &'static str {
    match d {
        Direction::North => "north",
        Direction::East => "east",
        Direction::South => "south",
        Direction::West => "west",
    }
}

fn main() {
    let mut d = Direction::North;
    for _ in 0..5 {
        print!("{} ", name(&d));
        d = turn_right(d);
    }
    println!();
    println!("{} {} {} {}", Direction::North as i32, Direction::East as u8, Direction::South as i64, Direction::West as usize);
    println!("{} {} {} {}", Http::Ok as u16, Http::NotFound as i32, Http::Teapot as u32, Http::Error as i32);
    println!("{} {} {} {}", Small::A as i32, Small::B as i32, Small::C as i8, Small::D as i32);
    let code = Http::Teapot;
    let msg = match code {
        Http::Ok => "fine",
        Http::NotFound | Http::Error => "bad",
        Http::Teapot => "short and stout",
    };
    println!("{}", msg);
}
