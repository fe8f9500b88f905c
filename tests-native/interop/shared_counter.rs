// Two threads on one shared memory (tests-browser/node/threads.test.mjs, tests-browser/threads.spec.mjs):
// each does fetch_add on the same SharedSlice elements; every update must be there. Built with
// --threads the threads are workers; built without, the same program runs them one after the other.
use wasm::SharedSlice;

#[wasm::export]
pub fn count_in_threads(threads: u32, per_thread: u32) -> u64 {
    let cells: SharedSlice<u64> = SharedSlice::new(8);
    let hits: SharedSlice<u32> = SharedSlice::new(threads as usize);
    let mut handles = Vec::new();
    for t in 0..threads {
        handles.push(wasm::thread::spawn(move || {
            for i in 0..per_thread {
                cells.fetch_add((i % 8) as usize, 1);
            }
            hits.store(t as usize, 1);
            t
        }));
    }
    let mut ids = 0;
    for h in handles {
        ids += h.join().unwrap();
    }
    let total: u64 = cells.to_vec().iter().sum();
    let ran: u32 = hits.to_vec().iter().sum();
    println!("threads {} ran {} ids {} total {}", threads, ran, ids, total);
    total
}

// Two threads taking turns through one shared word: each waits for the other's move, so this finishes
// only when they really run at the same time (on one thread it would wait forever).
#[wasm::export]
pub fn ping_pong(rounds: u32) -> u32 {
    let turn: SharedSlice<u32> = SharedSlice::new(1);
    let ponger = wasm::thread::spawn(move || {
        for r in 0..rounds {
            while turn.load(0) != 2 * r + 1 {}
            turn.store(0, 2 * r + 2);
        }
        rounds
    });
    for r in 0..rounds {
        turn.store(0, 2 * r + 1);
        while turn.load(0) != 2 * r + 2 {}
    }
    ponger.join().unwrap() + turn.load(0)
}

fn main() {
    count_in_threads(2, 1_000_000);
}

// `jobs` threads, the even ones panic: each panic ends its own thread only (join returns Err).
#[wasm::export]
pub fn panicking_jobs(jobs: u32) -> u32 {
    let mut errs = 0;
    for i in 0..jobs {
        let h = wasm::thread::spawn(move || {
            if i % 2 == 0 {
                panic!("job {} fails", i);
            }
            i
        });
        if h.join().is_err() {
            errs += 1;
        }
    }
    errs
}

// A thread that calls process::exit ends the program with its code.
#[wasm::export]
pub fn exit_in_thread(code: i32) -> u32 {
    let h = wasm::thread::spawn(move || {
        if code >= 0 {
            std::process::exit(code);
        }
        0u32
    });
    let _ = h.join();
    0
}
