// A vending machine state machine: enum states and events, a transition function, and a run log.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Collecting(u32),
    Dispensing(u32),
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Coin(u32),
    Select(u32),
    Cancel,
    Done,
}

fn step(s: State, e: Event) -> (State, Option<String>) {
    match (s, e) {
        (State::Idle, Event::Coin(c)) | (State::Collecting(0), Event::Coin(c)) => (State::Collecting(c), None),
        (State::Collecting(have), Event::Coin(c)) => (State::Collecting(have + c), None),
        (State::Collecting(have), Event::Select(price)) if have >= price => {
            (State::Dispensing(have - price), Some(format!("dispense item for {}", price)))
        }
        (State::Collecting(have), Event::Select(price)) => (State::Collecting(have), Some(format!("need {} more", price - have))),
        (State::Collecting(have), Event::Cancel) => (State::Idle, Some(format!("refund {}", have))),
        (State::Dispensing(change), Event::Done) => {
            (State::Idle, if change > 0 { Some(format!("change {}", change)) } else { None })
        }
        (s, e) => (s, Some(format!("ignored {:?} in {:?}", e, s))),
    }
}

fn main() {
    let events = [Event::Select(50), Event::Coin(25), Event::Select(60), Event::Coin(25), Event::Coin(25),
                  Event::Select(60), Event::Done, Event::Coin(10), Event::Cancel, Event::Done];
    let mut s = State::Idle;
    for e in events.iter() {
        let (next, out) = step(s, *e);
        match out {
            Some(msg) => println!("{:?} + {:?} -> {:?}: {}", s, e, next, msg),
            None => println!("{:?} + {:?} -> {:?}", s, e, next),
        }
        s = next;
    }
    println!("final {:?}, idle: {}", s, s == State::Idle);
}
