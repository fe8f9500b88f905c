// Enums with struct-like variants; field patterns, shorthand and `..`.
enum Event {
    Click { x: i32, y: i32, button: u8 },
    Key { code: u32, shift: bool },
    Resize { width: u32, height: u32 },
    Quit,
}

fn handle(e: &Event) -> u32 {
    match e {
        Event::Click { x, y, button: 1 } => {
            println!("left click at ({}, {})", x, y);
            1
        }
        Event::Click { button, .. } => {
            println!("button {} click", button);
            2
        }
        Event::Key { code, shift: true } => {
            println!("shift+{}", code);
            3
        }
        Event::Key { code, shift: false } => {
            println!("key {}", code);
            4
        }
        Event::Resize { width: w, height: h } => {
            println!("resize to {}x{}", w, h);
            *w * *h
        }
        Event::Quit => {
            println!("quit");
            0
        }
    }
}

fn main() {
    let events = [
        Event::Click { x: 10, y: 20, button: 1 },
        Event::Click { button: 3, x: 0, y: 0 },
        Event::Key { code: 65, shift: true },
        Event::Key { code: 66, shift: false },
        Event::Resize { width: 80, height: 24 },
        Event::Quit,
    ];
    let mut total = 0;
    for i in 0..events.len() {
        total += handle(&events[i]);
    }
    println!("total = {}", total);
    let e = Event::Resize { width: 3, height: 4 };
    if let Event::Resize { width, .. } = e {
        println!("width {}", width);
    }
}
