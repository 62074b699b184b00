//! Decimal text to and from `f64`, without core's float formatter and parser.
//!
//! `format!("{:.1}", x)` and `x.to_string()` pull in core's `flt2dec` (Grisu with a Dragon
//! fallback, shortest and exact modes): about 14 KB of WebAssembly; `str::parse::<f64>` pulls in
//! core's `dec2flt` with its 10 KB table of powers of five. serde_json already ships its own
//! number reader and writer (`zmij`) for the files, so these functions produce exactly the same
//! results from those, or from a small integer computation (fixed precision). The tests compare
//! each with the standard library on many values.

use serde_json::Value;

/// `text.parse::<f64>()`, finite results only: the same syntax (`+`/`-`, digits with an optional
/// `.` on either side, an optional exponent; `inf` and `nan` give `None` here) and the same
/// correctly rounded value, read by serde_json's number parser after rewriting it as JSON.
pub fn parse(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, rest) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    let digits = |part: &[u8]| part.iter().all(u8::is_ascii_digit);
    let (mantissa, exponent) = match rest.iter().position(|&b| b == b'e' || b == b'E') {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    let (whole, fraction) = match mantissa.iter().position(|&b| b == b'.') {
        Some(at) => (&mantissa[..at], &mantissa[at + 1..]),
        None => (mantissa, &[][..]),
    };
    if !digits(whole) || !digits(fraction) || whole.len() + fraction.len() == 0 {
        return None;
    }
    let exponent_digits = match exponent {
        Some([b'+' | b'-', tail @ ..]) | Some(tail) => Some(tail),
        None => None,
    };
    if exponent_digits.is_some_and(|tail| tail.is_empty() || !digits(tail)) {
        return None;
    }
    // JSON wants no `+`, no leading zeros and digits on both sides of the point; a point is always
    // written so serde_json reads a float (`-0` stays negative zero).
    let mut json = String::with_capacity(text.len() + 4);
    if negative {
        json.push('-');
    }
    let whole = whole
        .iter()
        .position(|&b| b != b'0')
        .map_or(&b"0"[..], |first| &whole[first..]);
    json.extend(whole.iter().map(|&b| char::from(b)));
    json.push('.');
    if fraction.is_empty() {
        json.push('0');
    }
    json.extend(fraction.iter().map(|&b| char::from(b)));
    if let Some(exponent) = exponent {
        json.push('e');
        json.extend(exponent.iter().map(|&b| char::from(b)));
    }
    let value = serde_json::from_slice::<Value>(json.as_bytes())
        .ok()?
        .as_f64()?;
    value.is_finite().then_some(value)
}

/// `format!("{value:.decimals$}")` for `decimals` up to 4: the exact binary value rounded half to
/// even, a `-` for every negative value (also when it rounds to zero, and for `-0.0`), `NaN`,
/// `inf`, `-inf`. Larger `decimals` are treated as 4.
pub fn fixed(value: f64, decimals: u32) -> String {
    let mut out = String::new();
    push_fixed(&mut out, value, decimals);
    out
}

/// [`fixed`], appended to `out`.
pub fn push_fixed(out: &mut String, value: f64, decimals: u32) {
    let decimals = decimals.min(4);
    if value.is_nan() {
        out.push_str("NaN");
        return;
    }
    if value.is_sign_negative() {
        out.push('-');
    }
    if value.is_infinite() {
        out.push_str("inf");
        return;
    }
    let (mantissa, exponent) = parts(value);
    if exponent >= 0 {
        // A whole number (possibly far beyond u128): its digits, then zeros after the point.
        push_big_integer(out, mantissa, exponent.unsigned_abs());
        if decimals > 0 {
            out.push('.');
            out.extend(std::iter::repeat_n('0', decimals as usize));
        }
        return;
    }
    // |value| * 10^decimals = mantissa * 10^decimals / 2^shift, with mantissa * 10^decimals below
    // 2^67: the quotient and remainder are exact in u128.
    let scaled = u128::from(mantissa) * 10u128.pow(decimals);
    let shift = exponent.unsigned_abs();
    let rounded = if shift >= 128 {
        0 // below 2^67 / 2^128: less than half a unit, rounds to zero
    } else {
        let quotient = scaled >> shift;
        let remainder = scaled & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let round_up = remainder > half || (remainder == half && quotient % 2 == 1);
        quotient + u128::from(round_up)
    };
    let digits = u128_digits(rounded);
    let width = decimals as usize + 1;
    let padded: String = std::iter::repeat_n('0', width.saturating_sub(digits.len()))
        .chain(digits.chars())
        .collect();
    let point = padded.len() - decimals as usize;
    out.push_str(&padded[..point]);
    if decimals > 0 {
        out.push('.');
        out.push_str(&padded[point..]);
    }
}

/// `value.to_string()`: the shortest digits that read back as `value`, in plain notation (never an
/// exponent), without a trailing `.0`; `-0`, `NaN`, `inf` and `-inf` as the standard library
/// writes them.
pub fn shortest(value: f64) -> String {
    if value.is_nan() {
        return "NaN".to_owned();
    }
    let mut out = String::new();
    if value.is_sign_negative() {
        out.push('-');
    }
    if value.is_infinite() {
        out.push_str("inf");
        return out;
    }
    if value == 0.0 {
        out.push('0');
        return out;
    }
    let mut buffer = zmij::Buffer::new();
    let (mut digits, mut point) = scientific_parts(buffer.format_finite(value.abs()));
    // When the value lies exactly halfway between two shortest candidates, zmij takes the even
    // one and the standard library the upper one: take the upper one too.
    let exp10 = point - digits.len() as i64;
    if digits
        .parse::<u64>()
        .is_ok_and(|d| halfway_above(value.abs(), d, exp10))
    {
        (digits, point) = incremented(&digits, point);
    }
    // `digits` has no leading or trailing zeros; the decimal point goes after `point` of them.
    let count = digits.len() as i64;
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.push_str(&digits);
    } else if point >= count {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (point - count) as usize));
    } else {
        let (whole, fraction) = digits.split_at(point as usize);
        out.push_str(whole);
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// Whether `value` (positive) is exactly `(digits + 1/2) * 10^exp10`.
fn halfway_above(value: f64, digits: u64, exp10: i64) -> bool {
    let (mantissa, exponent) = parts(value);
    // 2 * value = odd * 2^twos, and the candidate times two, 2 * digits + 1, is odd as well.
    let odd = u128::from(mantissa >> mantissa.trailing_zeros());
    let twos = i64::from(exponent) + i64::from(mantissa.trailing_zeros()) + 1;
    let target = 2 * u128::from(digits) + 1;
    let Ok(fives) = u32::try_from(exp10.unsigned_abs()) else {
        return false;
    };
    let Some(power) = 5u128.checked_pow(fives) else {
        return false;
    };
    if exp10 >= 0 {
        // odd * 2^twos == target * 5^exp10 * 2^exp10
        twos == exp10 && target.checked_mul(power) == Some(odd)
    } else {
        // odd * 2^twos * 10^-exp10 == target
        twos == exp10 && odd.checked_mul(power) == Some(target)
    }
}

/// `digits` plus one in its last place, without trailing zeros, and the moved point on a carry.
fn incremented(digits: &str, point: i64) -> (String, i64) {
    let mut bytes = digits.as_bytes().to_vec();
    let mut carry = true;
    for byte in bytes.iter_mut().rev() {
        if *byte == b'9' {
            *byte = b'0';
        } else {
            *byte += 1;
            carry = false;
            break;
        }
    }
    let mut text: String = bytes.iter().map(|&b| char::from(b)).collect();
    let mut point = point;
    if carry {
        text.insert(0, '1');
        point += 1;
    }
    (text.trim_end_matches('0').to_owned(), point)
}

/// `|value| = mantissa * 2^exponent` for a finite `value`.
fn parts(value: f64) -> (u64, i32) {
    let bits = value.to_bits();
    let fraction = bits & ((1 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

/// The decimal digits of `n`.
fn u128_digits(mut n: u128) -> String {
    let mut reversed = Vec::new();
    loop {
        reversed.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    reversed.iter().rev().map(|&b| char::from(b)).collect()
}

/// Appends the decimal digits of `mantissa * 2^shift`, with little-endian base-2^32 limbs.
fn push_big_integer(out: &mut String, mantissa: u64, shift: u32) {
    let mut limbs = vec![0u32; (shift / 32) as usize];
    let wide = u128::from(mantissa) << (shift % 32);
    limbs.extend([wide as u32, (wide >> 32) as u32, (wide >> 64) as u32]);
    // Nine digits at a time, lowest group first.
    let mut groups = Vec::new();
    while limbs.iter().any(|&limb| limb != 0) {
        let mut remainder = 0u64;
        for limb in limbs.iter_mut().rev() {
            let current = (remainder << 32) | u64::from(*limb);
            *limb = (current / 1_000_000_000) as u32;
            remainder = current % 1_000_000_000;
        }
        groups.push(remainder as u128);
        while limbs.last() == Some(&0) {
            limbs.pop();
        }
    }
    let Some((highest, lower)) = groups.split_last() else {
        out.push('0');
        return;
    };
    out.push_str(&u128_digits(*highest));
    for group in lower.iter().rev() {
        let digits = u128_digits(*group);
        out.extend(std::iter::repeat_n('0', 9 - digits.len()));
        out.push_str(&digits);
    }
}

/// Splits a positive number as zmij writes it (`123.45`, `1e21`, `1.5e-7`) into its significant
/// digits (no leading or trailing zeros) and the position of the decimal point after that many of
/// them (negative or beyond the digits when zeros are implied).
fn scientific_parts(text: &str) -> (String, i64) {
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, exponent.parse::<i64>().unwrap_or(0)),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = whole.chars().chain(fraction.chars()).collect();
    let leading = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_matches('0').to_owned();
    let point = whole.len() as i64 - leading as i64 + exponent;
    (digits, point)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift) so the comparison covers many values.
    fn values(count: usize) -> Vec<f64> {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut out = vec![
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            -0.05,
            0.05,
            0.25,
            0.125,
            1e21,
            1e22,
            1.5e-7,
            123456.789,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            210.0,
            -36.05,
            1e15,
            1e16,
            1e17,
            0.1 + 0.2,
        ];
        for _ in 0..count {
            let bits = next();
            // Random bit patterns cover every exponent; scaled small integers look like
            // coordinates, zoom factors and the decimals officers type.
            out.push(f64::from_bits(bits));
            let small = (bits % 2_000_001) as f64 - 1_000_000.0;
            out.push(small / [1.0, 2.0, 8.0, 10.0, 100.0, 1000.0, 3.0][(bits >> 40) as usize % 7]);
            out.push(((bits >> 11) as f64 / (1u64 << 53) as f64) * 4000.0 - 2000.0);
        }
        out
    }

    /// Number-like texts: random picks from the characters that matter, and printed floats.
    fn texts(count: usize) -> Vec<String> {
        let alphabet = b"0123456789000..eE+-+-n iIfa";
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut out: Vec<String> = [
            "",
            "-",
            "+",
            ".",
            "-.",
            "1.",
            ".5",
            "+.5",
            "-0",
            "-0.0",
            "0e999999999999",
            "1e400",
            "1e-400",
            "-1e-400",
            "2.5e-324",
            "4.9e-324",
            "1e308",
            "1.7976931348623157e308",
            "1.7976931348623159e308",
            "inf",
            "-infinity",
            "NaN",
            "00012",
            "1e",
            "1e+",
            "e5",
            "1.e5",
            "123456789012345678901234567890",
            "0.000000000000000000000000000001",
            "12.5",
            "1.2.3",
            "9007199254740993",
            "1e+05",
            "1E-5",
            "--1",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        for _ in 0..count {
            let bits = next();
            let len = (bits % 24) as usize;
            let mut text = String::new();
            for i in 0..len {
                let pick = (next() >> (i % 8)) as usize % alphabet.len();
                text.push(char::from(alphabet[pick]));
            }
            out.push(text);
            let long: String = (0..(bits % 40) as usize)
                .map(|i| char::from(b'0' + ((next() >> i) % 10) as u8))
                .collect();
            out.push(format!("{long}.{}e-{}", bits % 1000, bits % 330));
            out.push(format!("{:e}", f64::from_bits(next())));
            out.push(format!("{}", f64::from_bits(next())));
        }
        out
    }

    #[test]
    fn parse_matches_the_standard_library() {
        for text in texts(20_000) {
            let expected = text.parse::<f64>().ok().filter(|v| v.is_finite());
            assert_eq!(
                parse(&text).map(f64::to_bits),
                expected.map(f64::to_bits),
                "{text:?}"
            );
        }
    }

    #[test]
    fn fixed_matches_the_standard_library() {
        for value in values(20_000) {
            for decimals in 0..=4u32 {
                let expected = format!("{value:.prec$}", prec = decimals as usize);
                assert_eq!(
                    fixed(value, decimals),
                    expected,
                    "{value:e} with {decimals}"
                );
            }
        }
    }

    #[test]
    fn shortest_matches_the_standard_library() {
        for value in values(30_000) {
            assert_eq!(shortest(value), value.to_string(), "{value:e}");
        }
    }
}
