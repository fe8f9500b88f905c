// Bit manipulation: popcount, power-of-two checks, Gray codes, subset enumeration with masks.
fn main() {
    for n in [0u32, 1, 6, 255, 1024, 0xDEADBEEF] {
        println!("{:>10} ones {:>2} lz {:>2} tz {:>2} pow2 {:<5} rev {:08x}", n, n.count_ones(), n.leading_zeros(), n.trailing_zeros(), n.is_power_of_two(), n.reverse_bits());
    }
    let gray: Vec<String> = (0..8u32).map(|i| format!("{:03b}", i ^ (i >> 1))).collect();
    println!("gray: {}", gray.join(" "));
    let items = ["a", "b", "c", "d"];
    let subsets: Vec<String> = (0..1u32 << items.len())
        .filter(|m| m.count_ones() == 2)
        .map(|m| (0..items.len()).filter(|i| m & (1 << i) != 0).map(|i| items[i]).collect::<String>())
        .collect();
    println!("{:?}", subsets);
    let x: u8 = 0b1011_0010;
    println!("{:08b} {:08b} {:08b} {:08b}", x, x.rotate_left(3), x & x.wrapping_neg(), !x);
    let swapped = 0x1234u16.swap_bytes();
    println!("{:#06x} {}", swapped, i32::MAX.count_ones());
}
