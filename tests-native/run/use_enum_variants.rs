#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    North,
    East,
    South,
    West,
}

enum Cmd {
    Move(i32),
    Turn(bool),
    Stop,
}

use Cmd::{Move, Stop, Turn as Rotate};
use Dir::*;

fn turn(d: Dir, right: bool) -> Dir {
    match (d, right) {
        (North, true) | (South, false) => East,
        (East, true) | (West, false) => South,
        (South, true) | (North, false) => West,
        (West, true) | (East, false) => North,
    }
}

fn main() {
    let cmds = [Move(3), Rotate(true), Move(2), Rotate(false), Rotate(false), Move(1), Stop, Move(9)];
    let (mut x, mut y, mut d) = (0, 0, North);
    for c in &cmds {
        match c {
            Move(n) => match d {
                North => y += n,
                East => x += n,
                South => y -= n,
                West => x -= n,
            },
            Rotate(r) => d = turn(d, *r),
            Stop => break,
        }
    }
    println!("{} {} {:?} {}", x, y, d, d == West);
}
