//! UpdateAutoScalingGroup min/max/desired validation (docs/aws-behaviour.md §1 "Capacity rules").

use crate::command::CommandError;

use crate::limits::MAX_SIZE;

/// New (min, max, desired) after an UpdateAutoScalingGroup call, or AWS's error.
///
/// * Omitted min/max keep the current value.
/// * min > max → `Max bound, <max>, must be greater than or equal to min bound, <min>` [OBS].
/// * An explicit desired outside [min, max] →
///   `Desired capacity:<d> must be between the specified min size:<min> and max size:<max>` [OBS].
/// * Without a desired: a new min above desired raises desired to min; a new max below
///   desired lowers desired to max [API].
pub fn update(
    cur: (u32, u32, u32),
    min: Option<u32>,
    max: Option<u32>,
    desired: Option<u32>,
) -> Result<(u32, u32, u32), CommandError> {
    let (cmin, cmax, cdes) = cur;
    let nmin = min.unwrap_or(cmin);
    let nmax = max.unwrap_or(cmax);
    if nmax > MAX_SIZE.hi {
        return Err(CommandError::validation(format!(
            "Max size:{nmax} exceeds the lab limit of {} instances",
            MAX_SIZE.hi
        )));
    }
    if nmin > nmax {
        return Err(CommandError::validation(format!(
            "Max bound, {nmax}, must be greater than or equal to min bound, {nmin}"
        )));
    }
    let ndes = match desired {
        Some(d) => {
            if d < nmin || d > nmax {
                return Err(CommandError::validation(format!(
                    "Desired capacity:{d} must be between the specified min size:{nmin} and max size:{nmax}"
                )));
            }
            d
        }
        None => cdes.clamp(nmin, nmax),
    };
    Ok((nmin, nmax, ndes))
}
