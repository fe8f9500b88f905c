// Matrix algorithms on fixed arrays: multiply, transpose, power, integer determinant (Bareiss), f64 Gauss-Jordan inverse.
const N: usize = 4;

struct Mat {
    m: [[i64; N]; N],
}

impl Mat {
    fn identity() -> Mat {
        let mut m = [[0i64; N]; N];
        for i in 0..N {
            m[i][i] = 1;
        }
        Mat { m }
    }

    fn from(rows: [[i64; N]; N]) -> Mat {
        Mat { m: rows }
    }

    fn mul(&self, other: &Mat) -> Mat {
        let mut r = [[0i64; N]; N];
        for i in 0..N {
            for j in 0..N {
                let mut s = 0;
                for k in 0..N {
                    s += self.m[i][k] * other.m[k][j];
                }
                r[i][j] = s;
            }
        }
        Mat { m: r }
    }

    fn transpose(&self) -> Mat {
        let mut r = [[0i64; N]; N];
        for i in 0..N {
            for j in 0..N {
                r[j][i] = self.m[i][j];
            }
        }
        Mat { m: r }
    }

    fn pow(&self, mut e: u32) -> Mat {
        let mut result = Mat::identity();
        let mut base = Mat::from(self.m);
        while e > 0 {
            if e & 1 == 1 {
                result = result.mul(&base);
            }
            base = base.mul(&base);
            e >>= 1;
        }
        result
    }

    fn det(&self) -> i64 {
        let mut a = self.m;
        let mut sign = 1;
        let mut prev = 1;
        for k in 0..N - 1 {
            if a[k][k] == 0 {
                let mut swap = N;
                for r in k + 1..N {
                    if a[r][k] != 0 {
                        swap = r;
                        break;
                    }
                }
                if swap == N {
                    return 0;
                }
                let t = a[k];
                a[k] = a[swap];
                a[swap] = t;
                sign = -sign;
            }
            for i in k + 1..N {
                for j in k + 1..N {
                    a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) / prev;
                }
            }
            prev = a[k][k];
        }
        sign * a[N - 1][N - 1]
    }

    fn print(&self, name: &str) {
        println!("{}:", name);
        for i in 0..N {
            for j in 0..N {
                print!("{:>8}", self.m[i][j]);
            }
            println!();
        }
    }
}

fn invert(a: [[f64; 3]; 3]) -> [[f64; 3]; 3] {
    let mut m = a;
    let mut inv = [[0.0; 3]; 3];
    for i in 0..3 {
        inv[i][i] = 1.0;
    }
    for c in 0..3 {
        let mut p = c;
        for r in c + 1..3 {
            let x = if m[r][c] < 0.0 { -m[r][c] } else { m[r][c] };
            let y = if m[p][c] < 0.0 { -m[p][c] } else { m[p][c] };
            if x > y {
                p = r;
            }
        }
        let t = m[c];
        m[c] = m[p];
        m[p] = t;
        let t2 = inv[c];
        inv[c] = inv[p];
        inv[p] = t2;
        let d = m[c][c];
        for j in 0..3 {
            m[c][j] /= d;
            inv[c][j] /= d;
        }
        for r in 0..3 {
            if r != c {
                let f = m[r][c];
                for j in 0..3 {
                    m[r][j] -= f * m[c][j];
                    inv[r][j] -= f * inv[c][j];
                }
            }
        }
    }
    inv
}

fn main() {
    let a = Mat::from([[2, 0, 1, 3], [1, 1, 0, 2], [0, 4, 1, 1], [3, 1, 2, 0]]);
    let b = Mat::from([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]);
    a.print("A");
    a.mul(&b).print("A*B");
    b.transpose().print("B^T");
    println!("det(A) = {}", a.det());
    println!("det(B) = {}", b.det());
    println!("det(A*A^T) = {}", a.mul(&a.transpose()).det());
    let fib = Mat::from([[1, 1, 0, 0], [1, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]);
    let f = fib.pow(50);
    println!("fib(50) = {}", f.m[0][1]);
    let inv = invert([[4.0, 7.0, 2.0], [3.0, 6.0, 1.0], [2.0, 5.0, 3.0]]);
    for r in 0..3 {
        println!("{:>9.4} {:>9.4} {:>9.4}", inv[r][0], inv[r][1], inv[r][2]);
    }
}
