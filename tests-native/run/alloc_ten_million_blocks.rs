// The allocator reuses freed blocks: ten million allocations of 1 KiB would need about 10 GB, far past
// wasm32's 4 GiB, so this only finishes if dropping each buffer gives its memory back. Mixed sizes go
// through the size classes and the large-block list.
fn main() {
    let mut total: u64 = 0;
    for i in 0..10_000_000u64 {
        let mut buf: Vec<u8> = Vec::with_capacity(1024);
        buf.push((i % 251) as u8);
        total += buf[0] as u64 + buf.capacity() as u64;
        if i % 1_000_000 == 0 {
            let boxed = Box::new([i; 40]);
            let text = format!("block {}", i);
            let small: Vec<u32> = (0..(i % 7) as u32).collect();
            println!("{} {} {} {}", text, boxed[39], small.len(), total);
        }
    }
    println!("total {}", total);
}
