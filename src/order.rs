//! Stable sorting by a number key through one shared sort.
//!
//! Every `sort_by`/`sort_by_key` call with its own element type or closure compiles its own copy
//! of the standard library's stable sort (driftsort with its small-sort networks): about 3 KB of
//! WebAssembly each. `sort_by_key` here sorts `(key, position)` pairs with the one
//! `sort_unstable` every caller shares and then moves the elements into that order, so a caller
//! adds only the small moving loop. The position breaks ties, so the order is exactly what
//! `slice::sort_by_key` gives (stable). The `*_first` functions turn floats into keys that sort
//! as `total_cmp` does.

/// Sorts `items` by `key`, smallest first, ties in their current order: the same order as
/// `items.sort_by_key(key)`.
pub(crate) fn sort_by_key<T>(items: &mut [T], mut key: impl FnMut(&T) -> u64) {
    let mut keyed: Vec<(u64, u32)> = (0u32..)
        .zip(items.iter())
        .map(|(at, item)| (key(item), at))
        .collect();
    keyed.sort_unstable();
    permute(items, &mut keyed);
}

/// Puts the element now at `keyed[k].1` at place `k`: follows each cycle of that permutation with
/// swaps, marking a place done by pointing it at itself.
fn permute<T, K>(items: &mut [T], keyed: &mut [(K, u32)]) {
    for start in 0..keyed.len() {
        let mut here = start;
        while let Some(from) = keyed.get(here).map(|&(_, from)| from as usize) {
            if let Some(entry) = keyed.get_mut(here) {
                entry.1 = here as u32;
            }
            if from == start || from == here {
                break;
            }
            items.swap(here, from);
            here = from;
        }
    }
}

/// A key that puts larger numbers first, in `f32::total_cmp` order reversed.
pub(crate) fn larger_first(value: f32) -> u32 {
    !smaller_first(value)
}

/// A key that puts smaller numbers first, in `f32::total_cmp` order: the bits as `total_cmp`
/// reads them (negative numbers' magnitude bits flipped), with the sign bit flipped so that an
/// unsigned comparison agrees.
pub(crate) fn smaller_first(value: f32) -> u32 {
    let bits = value.to_bits();
    let flipped = bits ^ ((((bits as i32) >> 31) as u32) >> 1);
    flipped ^ 0x8000_0000
}

/// A key that puts larger numbers first, in `f64::total_cmp` order reversed.
pub(crate) fn larger_first_f64(value: f64) -> u64 {
    !smaller_first_f64(value)
}

/// A key that puts smaller numbers first, in `f64::total_cmp` order (as `smaller_first`).
pub(crate) fn smaller_first_f64(value: f64) -> u64 {
    let bits = value.to_bits();
    let flipped = bits ^ ((((bits as i64) >> 63) as u64) >> 1);
    flipped ^ 0x8000_0000_0000_0000
}

/// Two 32-bit keys as one: `high` decides, `low` breaks ties.
pub(crate) fn pair(high: u32, low: u32) -> u64 {
    (u64::from(high) << 32) | u64::from(low)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the tests need no crate.
    fn numbers(seed: u64, count: usize) -> Vec<u64> {
        let mut state = seed;
        (0..count)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                state >> 33
            })
            .collect()
    }

    #[test]
    fn the_order_is_that_of_the_standard_stable_sort() {
        for (seed, count, range) in [
            (1, 0, 1),
            (2, 1, 1),
            (3, 2, 2),
            (4, 10, 3),
            (5, 100, 7),
            (6, 1000, 50),
            (7, 5000, 1 << 40),
        ] {
            // Pairs of (key, original position) show both the order and the stability.
            let keys = numbers(seed, count);
            let mut ours: Vec<(u64, usize)> = keys.iter().map(|k| k % range).zip(0..).collect();
            let mut std = ours.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "seed {seed}");
        }
    }

    #[test]
    fn elements_that_own_memory_are_moved_not_copied() {
        let mut words: Vec<String> = ["vier", "een", "drie", "twee", "een"]
            .map(String::from)
            .to_vec();
        sort_by_key(&mut words, |w| w.len() as u64);
        assert_eq!(words, ["een", "een", "vier", "drie", "twee"]);
    }

    #[test]
    fn float_keys_sort_as_total_cmp() {
        let mut values = vec![
            0.0f32,
            -0.0,
            1.0,
            -1.0,
            0.5,
            -0.5,
            f32::MIN,
            f32::MAX,
            f32::MIN_POSITIVE,
            -f32::MIN_POSITIVE,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
            -f32::NAN,
            1e-45,
            -1e-45,
            3.25,
            0.08,
            0.3,
            0.55,
        ];
        values.extend(
            numbers(9, 2000)
                .into_iter()
                .map(|n| f32::from_bits(n as u32)),
        );
        for a in &values {
            for b in &values {
                assert_eq!(
                    smaller_first(*a).cmp(&smaller_first(*b)),
                    a.total_cmp(b),
                    "{a} {b}"
                );
                assert_eq!(
                    larger_first(*a).cmp(&larger_first(*b)),
                    b.total_cmp(a),
                    "{a} {b}"
                );
            }
        }
    }

    #[test]
    fn f64_keys_sort_as_total_cmp() {
        let mut values = vec![
            0.0f64,
            -0.0,
            1.0,
            -1.0,
            0.5,
            -0.5,
            f64::MIN,
            f64::MAX,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            -f64::NAN,
            5e-324,
            -5e-324,
            3.25,
            1e300,
            -1e-300,
        ];
        values.extend(
            numbers(13, 1500)
                .into_iter()
                .map(|n| f64::from_bits(n.wrapping_mul(0x9E37_79B9_7F4A_7C15))),
        );
        for a in &values {
            for b in &values {
                assert_eq!(
                    smaller_first_f64(*a).cmp(&smaller_first_f64(*b)),
                    a.total_cmp(b),
                    "{a} {b}"
                );
                assert_eq!(
                    larger_first_f64(*a).cmp(&larger_first_f64(*b)),
                    b.total_cmp(a),
                    "{a} {b}"
                );
            }
        }
    }

    #[test]
    fn pairs_compare_high_then_low() {
        assert!(pair(1, 0) > pair(0, u32::MAX));
        assert!(pair(1, 2) < pair(1, 3));
        assert_eq!(pair(u32::MAX, u32::MAX), u64::MAX);
    }
}
