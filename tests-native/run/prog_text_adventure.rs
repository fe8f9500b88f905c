// A text-adventure-like walker: rooms and items as enums, a scripted list of commands.
enum Room {
    Hall,
    Library,
    Kitchen,
    Cellar,
    Garden,
    Vault,
}

enum Dir {
    North,
    South,
    East,
    West,
    Down,
    Up,
}

enum Item {
    Lamp,
    Key,
    Book,
    Coin(u32),
}

enum Cmd {
    Go(Dir),
    Take,
    Look,
    Use(Item),
    Inventory,
}

struct Player {
    room: Room,
    has_lamp: bool,
    has_key: bool,
    has_book: bool,
    gold: u32,
    moves: u32,
    vault_open: bool,
}

fn room_name(r: &Room) -> &'static str {
    match r {
        Room::Hall => "the Hall",
        Room::Library => "the Library",
        Room::Kitchen => "the Kitchen",
        Room::Cellar => "the Cellar",
        Room::Garden => "the Garden",
        Room::Vault => "the Vault",
    }
}

fn dir_name(d: &Dir) -> &'static str {
    match d {
        Dir::North => "north",
        Dir::South => "south",
        Dir::East => "east",
        Dir::West => "west",
        Dir::Down => "down",
        Dir::Up => "up",
    }
}

fn exit(r: &Room, d: &Dir) -> Room {
    match (r, d) {
        (Room::Hall, Dir::North) => Room::Library,
        (Room::Hall, Dir::East) => Room::Kitchen,
        (Room::Hall, Dir::West) => Room::Garden,
        (Room::Library, Dir::South) => Room::Hall,
        (Room::Kitchen, Dir::West) => Room::Hall,
        (Room::Kitchen, Dir::Down) => Room::Cellar,
        (Room::Cellar, Dir::Up) => Room::Kitchen,
        (Room::Cellar, Dir::East) => Room::Vault,
        (Room::Vault, Dir::West) => Room::Cellar,
        (Room::Garden, Dir::East) => Room::Hall,
        (Room::Hall, _) => Room::Hall,
        (Room::Library, _) => Room::Library,
        (Room::Kitchen, _) => Room::Kitchen,
        (Room::Cellar, _) => Room::Cellar,
        (Room::Garden, _) => Room::Garden,
        (Room::Vault, _) => Room::Vault,
    }
}

fn same_room(a: &Room, b: &Room) -> bool {
    room_index(a) == room_index(b)
}

fn room_index(r: &Room) -> u8 {
    match r {
        Room::Hall => 0,
        Room::Library => 1,
        Room::Kitchen => 2,
        Room::Cellar => 3,
        Room::Garden => 4,
        Room::Vault => 5,
    }
}

impl Player {
    fn step(&mut self, cmd: &Cmd) {
        self.moves += 1;
        match cmd {
            Cmd::Go(d) => {
                let next = exit(&self.room, d);
                if same_room(&next, &self.room) {
                    println!("You cannot go {} from {}.", dir_name(d), room_name(&self.room));
                } else if let Room::Cellar = next {
                    if self.has_lamp {
                        println!("You climb down into the dark cellar, lamp in hand.");
                        self.room = next;
                    } else {
                        println!("It is too dark to go down without a lamp.");
                    }
                } else if let Room::Vault = next {
                    if self.vault_open {
                        println!("You step into the vault.");
                        self.room = next;
                    } else {
                        println!("A locked door blocks the way east.");
                    }
                } else {
                    self.room = next;
                    println!("You walk {} to {}.", dir_name(d), room_name(&self.room));
                }
            }
            Cmd::Take => match self.room {
                Room::Kitchen if !self.has_lamp => {
                    self.has_lamp = true;
                    println!("You take the lamp.");
                }
                Room::Library if !self.has_book => {
                    self.has_book = true;
                    println!("You take a dusty book. A key falls out!");
                    self.has_key = true;
                }
                Room::Vault => {
                    self.gold += 100;
                    println!("You scoop up gold. You now have {} gold.", self.gold);
                }
                Room::Garden => {
                    self.gold += 1;
                    println!("You find a coin in the grass.");
                }
                _ => println!("There is nothing here to take."),
            },
            Cmd::Look => {
                let extra = match self.room {
                    Room::Hall => "Doors lead north, east and west.",
                    Room::Library => "Shelves of books line the walls.",
                    Room::Kitchen => "A trapdoor leads down.",
                    Room::Cellar => "A heavy door stands to the east.",
                    Room::Garden => "Flowers everywhere.",
                    Room::Vault => "Gold glitters in the lamplight.",
                };
                println!("You are in {}. {}", room_name(&self.room), extra);
            }
            Cmd::Use(item) => match (item, &self.room) {
                (Item::Key, Room::Cellar) if self.has_key => {
                    self.vault_open = true;
                    println!("The key turns. The vault door swings open.");
                }
                (Item::Key, _) => println!("Nothing to unlock here."),
                (Item::Lamp, _) if self.has_lamp => println!("The lamp is already lit."),
                (Item::Lamp, _) => println!("You have no lamp."),
                (Item::Book, _) => println!("The book is written in an unknown language."),
                (Item::Coin(n), _) if self.gold >= *n => {
                    self.gold -= *n;
                    println!("You toss {} coin(s) into a wishing well.", n);
                }
                (Item::Coin(n), _) => println!("You do not have {} coins.", n),
            },
            Cmd::Inventory => {
                print!("You carry:");
                if self.has_lamp {
                    print!(" lamp");
                }
                if self.has_book {
                    print!(" book");
                }
                if self.has_key {
                    print!(" key");
                }
                println!(" and {} gold.", self.gold);
            }
        }
    }
}

fn main() {
    let mut p = Player { room: Room::Hall, has_lamp: false, has_key: false, has_book: false, gold: 0, moves: 0, vault_open: false };
    let script = [
        Cmd::Look, Cmd::Go(Dir::South), Cmd::Go(Dir::East), Cmd::Go(Dir::Down), Cmd::Take,
        Cmd::Use(Item::Lamp), Cmd::Go(Dir::Down), Cmd::Look, Cmd::Go(Dir::East), Cmd::Use(Item::Key),
        Cmd::Go(Dir::Up), Cmd::Go(Dir::West), Cmd::Go(Dir::North), Cmd::Take, Cmd::Use(Item::Book),
        Cmd::Go(Dir::South), Cmd::Go(Dir::West), Cmd::Take, Cmd::Use(Item::Coin(5)), Cmd::Go(Dir::East),
        Cmd::Go(Dir::East), Cmd::Go(Dir::Down), Cmd::Use(Item::Key), Cmd::Go(Dir::East), Cmd::Take,
        Cmd::Take, Cmd::Use(Item::Coin(50)), Cmd::Inventory, Cmd::Look,
    ];
    for i in 0..script.len() {
        print!("> ");
        p.step(&script[i]);
    }
    println!("Finished in {} moves in {} with {} gold.", p.moves, room_name(&p.room), p.gold);
}
