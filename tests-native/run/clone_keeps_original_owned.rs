// `.clone()` of an Option, a tuple or a derived-Clone struct holding an Rc copies it, then clones the Rc:
// the original keeps its own and both are dropped (the strong count goes back to 1).
use std::rc::Rc;

#[derive(Clone)]
struct Holder {
    name: String,
    shared: Rc<Vec<u32>>,
}

fn main() {
    let r = Rc::new(5);
    {
        let o = Some(r.clone());
        let t = o.clone();
        println!("inside: {}", Rc::strong_count(&r));
        drop(t);
        println!("after drop(t): {}", Rc::strong_count(&r));
    }
    println!("option: {}", Rc::strong_count(&r));
    {
        let pair = (r.clone(), 7u32);
        let copy = pair.clone();
        println!("pair: {} {}", Rc::strong_count(&r), copy.1 + pair.1);
    }
    println!("tuple: {}", Rc::strong_count(&r));
    let data = Rc::new(vec![1, 2, 3]);
    {
        let h = Holder { name: String::from("a"), shared: data.clone() };
        let hs: Vec<Holder> = (0..3).map(|_| h.clone()).collect();
        println!("holders: {} {} {}", Rc::strong_count(&data), hs.len() + h.name.len(), hs[2].shared[1]);
    }
    println!("struct: {}", Rc::strong_count(&data));
}
