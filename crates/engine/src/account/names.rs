//! Name rules the console checks at the field (docs/aws-behaviour.md §11 "Names"). The
//! console's own inline texts were not found anywhere; each message is the rule as AWS's
//! documentation words it, with the API's error code.

use super::AccountError;

/// A name of 1..=`max` characters from `allowed` (besides ASCII letters and digits), not
/// starting or ending with a hyphen when `no_edge_hyphen`.
fn check(s: &str, min: usize, max: usize, allowed: &str, no_edge_hyphen: bool) -> bool {
    let n = s.chars().count();
    n >= min
        && n <= max
        && s.chars().all(|c| c.is_ascii_alphanumeric() || allowed.contains(c))
        && !(no_edge_hyphen && (s.starts_with('-') || s.ends_with('-')))
}

/// Key pair name: up to 255 ASCII characters, no leading or trailing spaces.
pub fn key_pair(s: &str) -> Result<(), AccountError> {
    if s.is_empty() || s.len() > 255 || !s.is_ascii() || s.trim() != s {
        return Err(AccountError::field(
            "name",
            "InvalidParameterValue",
            "A key name can include up to 255 ASCII characters. It can't include leading or trailing spaces.",
        ));
    }
    Ok(())
}

/// Security group name: up to 255 characters, not starting with `sg-`.
pub fn security_group(s: &str) -> Result<(), AccountError> {
    if s.is_empty() || s.len() > 255 || !s.is_ascii() {
        return Err(AccountError::field(
            "name",
            "InvalidParameterValue",
            "Security group name can be up to 255 characters long. Valid characters: a-z, A-Z, 0-9, spaces, and ._-:/()#,@[]+=&;{}!$*",
        ));
    }
    if s.to_ascii_lowercase().starts_with("sg-") {
        return Err(AccountError::field("name", "InvalidParameterValue", "Group names may not be in the format sg-*."));
    }
    Ok(())
}

/// Target group or load balancer name: up to 32 alphanumeric characters or hyphens, not
/// beginning or ending with a hyphen (`what`: "Target group" / "Load balancer").
pub fn elb(what: &str, s: &str) -> Result<(), AccountError> {
    if !check(s, 1, 32, "-", true) || (what == "Load balancer" && s.starts_with("internal-")) {
        return Err(AccountError::field(
            "name",
            "ValidationError",
            if what == "Load balancer" {
                "Names can have a maximum of 32 characters, and can contain only alphanumeric characters and hyphens. They can not begin or end with a hyphen, or with internal-."
            } else {
                "This name must be unique per region per account, can have a maximum of 32 characters, must contain only alphanumeric characters or hyphens, and must not begin or end with a hyphen."
            },
        ));
    }
    Ok(())
}

/// AMI name: 3 to 128 characters: letters, digits, `( ) [ ] space . / - ' @ _`.
pub fn image(s: &str) -> Result<(), AccountError> {
    if !check(s, 3, 128, "()[] ./-'@_", false) {
        return Err(AccountError::field(
            "name",
            "InvalidAMIName.Malformed",
            "Constraints: 3-128 alphanumeric characters, parentheses (()), square brackets ([]), spaces ( ), periods (.), slashes (/), dashes (-), single quotes ('), at-signs (@), or underscores(_)",
        ));
    }
    Ok(())
}

/// Launch template name: 3 to 128 characters: letters, digits, `( ) . / - _`.
pub fn launch_template(s: &str) -> Result<(), AccountError> {
    if !check(s, 3, 128, "()./-_", false) {
        return Err(AccountError::field(
            "name",
            "InvalidLaunchTemplateName.MalformedException",
            "The specified launch template name is invalid. A launch template name must be between 3 and 128 characters, and may contain letters, numbers, and the following characters: ()./_.",
        ));
    }
    Ok(())
}

/// Auto Scaling group name: 1 to 255 ASCII characters 33 to 126, no colon.
pub fn group(s: &str) -> Result<(), AccountError> {
    if s.is_empty() || s.len() > 255 || s.contains(':') || !s.bytes().all(|b| (33..=126).contains(&b)) {
        return Err(AccountError::field(
            "name",
            "ValidationError",
            "The name can contain any ASCII character 33 to 126 including most punctuation characters, digits, and upper and lowercased letters. You cannot use a colon (:) in the name.",
        ));
    }
    Ok(())
}
