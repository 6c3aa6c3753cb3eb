//! The terminal's read-only AWS CLI: answers from the account in the CLI's JSON shape, and
//! the CLI's own usage errors (docs/aws-behaviour.md §11 "ssh and stress").

use super::*;

fn sh(a: &mut Account, line: &str) -> Vec<String> {
    let n = a.terminal.lines.len();
    a.apply(&Action::Shell(line.into())).unwrap();
    a.terminal.lines[n + 1..].to_vec()
}

/// Brackets balance and every line but the first is indented or closes the document.
fn well_formed(lines: &[String]) {
    let text = lines.join("\n");
    let (mut depth, mut in_str, mut esc) = (0i32, false, false);
    for c in text.chars() {
        match (in_str, esc, c) {
            (true, true, _) => esc = false,
            (true, false, '\\') => esc = true,
            (true, false, '"') => in_str = false,
            (false, _, '"') => in_str = true,
            (false, _, '{' | '[') => depth += 1,
            (false, _, '}' | ']') => depth -= 1,
            _ => {}
        }
        assert!(depth >= 0, "{text}");
    }
    assert_eq!((depth, in_str), (0, false), "{text}");
    assert_eq!(lines.first().map(String::as_str), Some("{"));
    assert_eq!(lines.last().map(String::as_str), Some("}"));
}

fn after_step_6() -> Account {
    let mut a = Account::new(9);
    a.do_through(Step::Stress).unwrap();
    a.advance_to(a.now() + 900);
    a
}

#[test]
fn describe_auto_scaling_groups_shows_the_group_its_zones_and_instances() {
    let mut a = after_step_6();
    let out = sh(&mut a, "aws autoscaling describe-auto-scaling-groups");
    well_formed(&out);
    let text = out.join("\n");
    assert!(text.contains(r#"            "AutoScalingGroupName": "wordpress-asg","#), "{text}");
    assert!(
        text.contains(
            r#""AvailabilityZones": [
                "ap-northeast-2a",
                "ap-northeast-2c"
            ],"#
        ),
        "{text}"
    );
    assert!(text.contains(r#""HealthCheckType": "ELB","#));
    let n = a
        .group()
        .unwrap()
        .sim
        .snapshot()
        .group_instances()
        .filter(|i| i.lifecycle == asg_engine::LifecycleState::InService)
        .count();
    assert!(n >= 2, "stress scaled it out");
    assert_eq!(text.matches(r#""LifecycleState": "InService""#).count(), n);
    // filtered by a name it does not have: an empty list
    let out = sh(&mut a, "aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names other");
    assert_eq!(out, ["{", r#"    "AutoScalingGroups": []"#, "}"]);
}

#[test]
fn activities_instances_target_health_and_alarms_come_from_the_account() {
    let mut a = after_step_6();
    let acts = sh(&mut a, "aws autoscaling describe-scaling-activities");
    well_formed(&acts);
    assert!(acts.iter().any(|l| l.contains(r#""StatusCode": "Successful""#)));
    assert!(acts.iter().any(|l| l.contains("Launching a new EC2 instance: i-0")));
    let wp = a.instances().next().unwrap().id.clone();
    let inst = sh(&mut a, "aws ec2 describe-instances --region ap-northeast-2 --output json");
    well_formed(&inst);
    let text = inst.join("\n");
    assert!(text.contains(&format!(r#""InstanceId": "{wp}""#)), "the step-2 instance");
    assert!(text.matches(r#""Name": "running""#).count() >= 3, "the step-2 instance and the group's");
    let only = sh(&mut a, &format!("aws ec2 describe-instances --instance-ids {wp}"));
    assert_eq!(only.iter().filter(|l| l.contains(r#""InstanceId""#)).count(), 1);
    let arn = a.target_groups().next().unwrap().arn.clone();
    let th = sh(&mut a, &format!("aws elbv2 describe-target-health --target-group-arn {arn}"));
    well_formed(&th);
    assert!(th.iter().filter(|l| l.contains(r#""State": "healthy""#)).count() >= 2, "{th:?}");
    let al = sh(&mut a, "aws cloudwatch describe-alarms");
    well_formed(&al);
    let text = al.join("\n");
    assert!(text.contains(r#""MetricName": "CPUUtilization""#) && text.contains(r#""Namespace": "AWS/EC2""#), "{text}");
    assert!(text.contains(r#""ComparisonOperator": "GreaterThanThreshold""#), "{text}");
}

#[test]
fn the_cli_answers_a_mistake_with_its_own_usage_error() {
    let mut a = after_step_6();
    let out = sh(&mut a, "aws elbv2 describe-target-health");
    assert_eq!(out[0], "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]");
    assert_eq!(out.last().unwrap(), "aws: error: the following arguments are required: --target-group-arn");
    let out = sh(&mut a, "aws s3 ls");
    assert!(out.contains(&"aws: error: argument command: Invalid choice, valid choices are:".to_string()), "{out:?}");
    let out = sh(&mut a, "aws autoscaling delete-auto-scaling-group --auto-scaling-group-name wordpress-asg");
    assert!(out.contains(&"aws: error: argument operation: Invalid choice, valid choices are:".to_string()));
    assert!(a.group().is_some(), "read-only: nothing deleted");
    assert_eq!(sh(&mut a, "aws ec2 describe-instances --foo bar"), ["", "Unknown options: --foo, bar"]);
    let out = sh(&mut a, "aws elbv2 describe-target-health --target-group-arn arn:nope");
    assert!(out[1].starts_with("An error occurred (TargetGroupNotFound) when calling the DescribeTargetHealth"));
}
