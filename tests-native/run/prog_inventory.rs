// RPG inventory: items with enum categories and struct payloads, equipping, crafting and a battle loop.
enum Category {
    Weapon { damage: u32 },
    Armor { defense: u32 },
    Potion(u32),
    Junk,
}

struct Item {
    name: &'static str,
    weight: u32,
    value: u32,
    category: Category,
}

struct Hero {
    hp: i32,
    bag: [Item; 6],
    count: usize,
    weapon: usize,
    armor: usize,
}

const NONE: usize = 99;

fn item(name: &'static str, weight: u32, value: u32, category: Category) -> Item {
    Item { name, weight, value, category }
}

impl Hero {
    fn total_weight(&self) -> u32 {
        let mut w = 0;
        for i in 0..self.count {
            w += self.bag[i].weight;
        }
        w
    }

    fn attack(&self) -> u32 {
        if self.weapon == NONE {
            return 1;
        }
        match self.bag[self.weapon].category {
            Category::Weapon { damage } => damage,
            _ => 1,
        }
    }

    fn defense(&self) -> u32 {
        if self.armor == NONE {
            return 0;
        }
        match &self.bag[self.armor].category {
            Category::Armor { defense } => *defense,
            _ => 0,
        }
    }

    fn equip_best(&mut self) {
        let mut best_w = 0;
        let mut best_a = 0;
        for i in 0..self.count {
            match self.bag[i].category {
                Category::Weapon { damage } if damage > best_w => {
                    best_w = damage;
                    self.weapon = i;
                }
                Category::Armor { defense } if defense > best_a => {
                    best_a = defense;
                    self.armor = i;
                }
                _ => {}
            }
        }
    }

    fn drink(&mut self) -> bool {
        for i in 0..self.count {
            if let Category::Potion(heal) = self.bag[i].category {
                self.hp += heal as i32;
                println!("  drinks {} (+{} hp -> {})", self.bag[i].name, heal, self.hp);
                self.bag[i].category = Category::Junk;
                self.bag[i].name = "empty bottle";
                self.bag[i].value = 0;
                return true;
            }
        }
        false
    }

    fn sell_junk(&mut self) -> u32 {
        let mut gold = 0;
        for i in 0..self.count {
            if let Category::Junk = self.bag[i].category {
                gold += self.bag[i].value + 1;
            }
        }
        gold
    }
}

fn main() {
    let mut hero = Hero {
        hp: 30,
        bag: [
            item("rusty sword", 5, 3, Category::Weapon { damage: 4 }),
            item("leather vest", 4, 8, Category::Armor { defense: 2 }),
            item("red potion", 1, 10, Category::Potion(15)),
            item("great axe", 9, 40, Category::Weapon { damage: 9 }),
            item("old boot", 2, 0, Category::Junk),
            item("blue potion", 1, 25, Category::Potion(30)),
        ],
        count: 6,
        weapon: NONE,
        armor: NONE,
    };
    println!("weight {} attack {} defense {}", hero.total_weight(), hero.attack(), hero.defense());
    hero.equip_best();
    println!("equipped {} and {}", hero.bag[hero.weapon].name, hero.bag[hero.armor].name);
    println!("attack {} defense {}", hero.attack(), hero.defense());
    let mut monster_hp: i32 = 60;
    let monster_attack: i32 = 12;
    let mut round = 0;
    while monster_hp > 0 && hero.hp > 0 {
        round += 1;
        monster_hp -= hero.attack() as i32;
        let dmg = monster_attack - hero.defense() as i32 - round % 3;
        hero.hp -= dmg;
        println!("round {}: monster {} hp, hero takes {} -> {} hp", round, monster_hp, dmg, hero.hp);
        if hero.hp < 12 && hero.hp > 0 && !hero.drink() {
            println!("  no potions left!");
        }
    }
    if hero.hp > 0 {
        println!("victory after {} rounds with {} hp", round, hero.hp);
    } else {
        println!("defeat after {} rounds", round);
    }
    println!("junk sells for {} gold", hero.sell_junk());
    let mut total_value = 0;
    for i in 0..hero.count {
        total_value += hero.bag[i].value;
    }
    println!("inventory value {}", total_value);
}
