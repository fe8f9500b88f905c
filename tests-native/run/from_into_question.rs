use std::num::ParseIntError;

#[allow(dead_code)]
#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> AppError {
        AppError::Parse(e)
    }
}

fn parse_positive(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n)
}

fn describe(s: &str) -> Result<String, String> {
    let n = s.parse::<u8>().map_err(|e| e.to_string())?;
    if n == 0 {
        return Err("zero".into());
    }
    Ok(format!("{} doubled is {}", n, n as u32 * 2))
}

fn main() {
    for s in ["42", " 7 ", "-3", "x1"] {
        println!("{:?}", parse_positive(s));
    }
    for s in ["9", "0", "300"] {
        println!("{:?}", describe(s));
    }
    let a: i64 = 5i32.into();
    let b = f64::from(3u8) + f64::from(2.5f32);
    let c: String = 'z'.into();
    let d = u32::from('A');
    println!("{} {} {} {}", a, b, c, d);
    let s: String = String::from("owned");
    let o: Option<i32> = 5.into();
    println!("{} {:?}", s, o);
}
