//! The JSON the AWS CLI prints for `aws cloudwatch get-metric-data` (`MetricDataResults`:
//! `Timestamps` and `Values` side by side, newest first by default) and
//! `get-metric-statistics` (`Datapoints`, each a `Timestamp` and its statistics, in no
//! order), read to timed values: the first result with data, its `Sum` (else `SampleCount`,
//! `Average`, `Maximum`, `Minimum`) for each datapoint.

use crate::error::{quote, Problem, TraceError};
use crate::json::Value;
use crate::time::parse_time;

/// The timed values, and the metric's label if the output has one.
pub type Timed = (Vec<(f64, f64)>, Option<String>);

fn time_of(v: &Value) -> Result<f64, TraceError> {
    let bad = |s: String| TraceError::whole(Problem::BadTime(quote(&s)));
    match v {
        Value::Str(s) => parse_time(s).ok_or_else(|| bad(s.clone())),
        Value::Num(n) => parse_time(&n.to_string()).ok_or_else(|| bad(n.to_string())),
        other => Err(bad(format!("{other:?}"))),
    }
}

fn number_of(v: &Value) -> Result<f64, TraceError> {
    match v {
        Value::Num(n) if *n >= 0.0 => Ok(*n),
        other => Err(TraceError::whole(Problem::BadNumber(quote(&format!("{other:?}"))))),
    }
}

/// The label of an output object.
fn label(v: &Value) -> Option<String> {
    match v.get("Label") {
        Some(Value::Str(s)) => Some(s.clone()),
        _ => None,
    }
}

/// Read either output.
pub fn read(v: &Value) -> Result<Timed, TraceError> {
    if let Some(Value::Arr(results)) = v.get("MetricDataResults") {
        let with_data = results.iter().find(|r| matches!(r.get("Values"), Some(Value::Arr(x)) if !x.is_empty()));
        let Some(r) = with_data.or(results.first()) else { return Err(TraceError::whole(Problem::NoData)) };
        let (Some(Value::Arr(ts)), Some(Value::Arr(vs))) = (r.get("Timestamps"), r.get("Values")) else {
            return Err(TraceError::whole(Problem::NotCloudWatch));
        };
        if ts.len() != vs.len() {
            return Err(TraceError::whole(Problem::Lengths(ts.len(), vs.len())));
        }
        let points = ts.iter().zip(vs).map(|(t, x)| Ok((time_of(t)?, number_of(x)?))).collect::<Result<_, _>>()?;
        return Ok((points, label(r)));
    }
    if let Some(Value::Arr(dps)) = v.get("Datapoints") {
        let mut points = Vec::with_capacity(dps.len());
        for d in dps {
            let t = time_of(d.get("Timestamp").ok_or_else(|| TraceError::whole(Problem::NotCloudWatch))?)?;
            let stat = ["Sum", "SampleCount", "Average", "Maximum", "Minimum"]
                .iter()
                .find_map(|k| d.get(k))
                .ok_or_else(|| TraceError::whole(Problem::NotCloudWatch))?;
            points.push((t, number_of(stat)?));
        }
        return Ok((points, label(v)));
    }
    Err(TraceError::whole(Problem::NotCloudWatch))
}
