// References to struct fields and array elements; &mut to one element at a time.
struct Player {
    hp: i32,
    pos: (i32, i32),
    inventory: [u8; 4],
}

fn heal(hp: &mut i32, amount: i32) {
    *hp += amount;
    if *hp > 100 {
        *hp = 100;
    }
}

fn bump(slot: &mut u8) {
    *slot += 1;
}

fn move_by(pos: &mut (i32, i32), dx: i32, dy: i32) {
    pos.0 += dx;
    pos.1 += dy;
}

fn main() {
    let mut p = Player { hp: 40, pos: (0, 0), inventory: [0; 4] };
    heal(&mut p.hp, 30);
    heal(&mut p.hp, 50);
    println!("hp = {}", p.hp);
    move_by(&mut p.pos, 3, -2);
    move_by(&mut p.pos, 1, 1);
    println!("pos = ({}, {})", p.pos.0, p.pos.1);
    bump(&mut p.inventory[2]);
    bump(&mut p.inventory[2]);
    bump(&mut p.inventory[0]);
    println!("{} {} {} {}", p.inventory[0], p.inventory[1], p.inventory[2], p.inventory[3]);
    let mut arr = [10, 20, 30];
    let first = &mut arr[0];
    *first += 5;
    let third = &arr[2];
    println!("third = {}", third);
    println!("{} {} {}", arr[0], arr[1], arr[2]);
    let hp_ref = &p.hp;
    let pos_ref = &p.pos;
    println!("{} {}", *hp_ref, pos_ref.0);
    let mut grid = [[0; 3]; 2];
    let cell = &mut grid[1][2];
    *cell = 8;
    let row = &mut grid[0];
    row[1] = 4;
    println!("{} {}", grid[1][2], grid[0][1]);
}
