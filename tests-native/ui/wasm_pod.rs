// wasm::SharedSlice<T> holds plain old data only (wasm::Pod), and atomics need an integer element type.
use wasm::{Pod, SharedSlice};

#[derive(Clone, Copy)]
#[repr(C)]
pub struct Particle {
    x: f32,
    alive: bool,
}
impl wasm::Pod for Particle {} //~ ERROR `Particle` cannot implement `wasm::Pod`: field `alive` has type `bool`, which is not plain old data

#[derive(Clone, Copy)]
#[repr(C)]
pub struct Vec2 {
    x: f32,
    y: [f32; 1],
}
impl wasm::Pod for Vec2 {}

#[derive(Clone, Copy, Pod)]
#[repr(C)]
pub struct Cell3 {
    v: [u32; 3],
    w: Vec2,
}

#[derive(Clone, Copy, Pod)]
pub struct Named { //~ ERROR `Named` cannot implement `wasm::Pod`: field `name` has type `&str`, which is not plain old data
    name: &'static str,
}

fn main() {
    let s: SharedSlice<String> = SharedSlice::new(3); //~ ERROR the trait bound `String: Pod` is not satisfied
    let f: SharedSlice<f64> = SharedSlice::new(2);
    f.fetch_add(0, 1.0); //~ ERROR the trait bound `f64: AtomicInt` is not satisfied
    let v: SharedSlice<Vec2> = SharedSlice::new(1);
    let c: SharedSlice<Cell3> = SharedSlice::new(2);
    let n: SharedSlice<Named> = SharedSlice::new(2); //~ ERROR the trait bound `Named: Pod` is not satisfied
    drop(c);
    drop(n);
    drop(s);
    drop(v);
}
