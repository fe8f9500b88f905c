// A vending-machine state machine driven by an input script of events.
enum State {
    Idle,
    Collecting { cents: u32 },
    Dispensing { item: usize, change: u32 },
    OutOfService { reason: &'static str },
}

enum Event {
    Coin(u32),
    Select(usize),
    Cancel,
    Taken,
    Kick,
    Service,
}

struct Machine {
    state: State,
    stock: [u32; 3],
    prices: [u32; 3],
    bank: u32,
    kicks: u32,
}

fn item_name(i: usize) -> &'static str {
    match i {
        0 => "cola",
        1 => "chips",
        2 => "candy",
        _ => "???",
    }
}

impl Machine {
    fn new() -> Machine {
        Machine { state: State::Idle, stock: [2, 1, 0], prices: [125, 90, 65], bank: 0, kicks: 0 }
    }

    fn describe(&self) -> &'static str {
        match self.state {
            State::Idle => "idle",
            State::Collecting { .. } => "collecting",
            State::Dispensing { .. } => "dispensing",
            State::OutOfService { .. } => "out of service",
        }
    }

    fn handle(&mut self, ev: &Event) {
        let next = match (&self.state, ev) {
            (State::OutOfService { reason }, Event::Service) => {
                println!("  serviced ({})", reason);
                self.kicks = 0;
                State::Idle
            }
            (State::OutOfService { reason }, _) => {
                println!("  ignored: out of service because {}", reason);
                State::OutOfService { reason: *reason }
            }
            (_, Event::Kick) => {
                self.kicks += 1;
                if self.kicks >= 2 {
                    State::OutOfService { reason: "kicked too often" }
                } else {
                    println!("  ouch");
                    return;
                }
            }
            (State::Idle, Event::Coin(c)) | (State::Collecting { cents: 0 }, Event::Coin(c)) => State::Collecting { cents: *c },
            (State::Collecting { cents }, Event::Coin(c)) => State::Collecting { cents: *cents + *c },
            (State::Collecting { cents }, Event::Select(i)) => {
                let i = *i;
                if i >= self.stock.len() {
                    println!("  no such item {}", i);
                    State::Collecting { cents: *cents }
                } else if self.stock[i] == 0 {
                    println!("  {} sold out", item_name(i));
                    State::Collecting { cents: *cents }
                } else if *cents < self.prices[i] {
                    println!("  {} costs {}, have {}", item_name(i), self.prices[i], *cents);
                    State::Collecting { cents: *cents }
                } else {
                    self.stock[i] -= 1;
                    self.bank += self.prices[i];
                    State::Dispensing { item: i, change: *cents - self.prices[i] }
                }
            }
            (State::Collecting { cents }, Event::Cancel) => {
                println!("  refund {}", cents);
                State::Idle
            }
            (State::Dispensing { item, change }, Event::Taken) => {
                println!("  took {} and {} change", item_name(*item), change);
                State::Idle
            }
            (State::Dispensing { item, change }, _) => {
                println!("  please take your {}", item_name(*item));
                State::Dispensing { item: *item, change: *change }
            }
            (State::Idle, _) => {
                println!("  insert coins first");
                State::Idle
            }
            (State::Collecting { cents }, _) => State::Collecting { cents: *cents },
        };
        self.state = next;
    }
}

fn event_name(e: &Event) -> &'static str {
    match e {
        Event::Coin(_) => "coin",
        Event::Select(_) => "select",
        Event::Cancel => "cancel",
        Event::Taken => "taken",
        Event::Kick => "kick",
        Event::Service => "service",
    }
}

fn main() {
    let script = [
        Event::Select(0),
        Event::Coin(100),
        Event::Select(0),
        Event::Coin(25),
        Event::Coin(10),
        Event::Select(0),
        Event::Coin(5),
        Event::Taken,
        Event::Coin(50),
        Event::Select(2),
        Event::Select(7),
        Event::Coin(50),
        Event::Select(1),
        Event::Cancel,
        Event::Taken,
        Event::Kick,
        Event::Coin(100),
        Event::Kick,
        Event::Coin(25),
        Event::Service,
        Event::Coin(200),
        Event::Cancel,
    ];
    let mut m = Machine::new();
    for i in 0..script.len() {
        let e = &script[i];
        match e {
            Event::Coin(c) => println!("[{:>2}] {} {} ({})", i, event_name(e), c, m.describe()),
            Event::Select(n) => println!("[{:>2}] {} {} ({})", i, event_name(e), n, m.describe()),
            _ => println!("[{:>2}] {} ({})", i, event_name(e), m.describe()),
        }
        m.handle(e);
    }
    println!("final: {}, bank {}, stock {} {} {}", m.describe(), m.bank, m.stock[0], m.stock[1], m.stock[2]);
}
