//! Step 6's terminal: the learner's laptop shell with the downloaded `.pem` files, `ssh` into an
//! instance with OpenSSH's messages, and on the instance the package install, `stress` /
//! `stress-ng`, `top`, `uptime` and `exit` (docs/aws-behaviour.md §11 "ssh and stress").
//! Every line typed is an [`Action::Shell`](super::Action) so a run replays exactly.

mod cli;
mod json;
mod remote;
mod ssh;

use super::resources::InstanceState;
use super::Account;
use crate::views::LifecycleState;

/// Apply one typed line at the account's now.
pub(super) fn input(acc: &mut Account, line: &str) {
    let prompt = acc.terminal.prompt();
    let line = line.trim();
    if line == "^C" {
        acc.terminal.out(format!("{prompt}^C"));
        if let Some((_, _, _, _)) = acc.terminal.busy.take() {
            if let Some(s) = acc.terminal.session.clone() {
                let _ = super::stress::stress(acc, &s.instance, 0, 0);
            }
        }
        acc.terminal.pending = None;
        return;
    }
    if acc.terminal.busy.is_some() {
        acc.terminal.out(line.to_string()); // typed while stress runs: shown, not run
        return;
    }
    if let Some(p) = acc.terminal.pending.take() {
        acc.terminal.out(line.to_string());
        remote::answer(acc, p, line);
        return;
    }
    acc.terminal.out(format!("{prompt}{line}"));
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() {
        return;
    }
    if acc.terminal.session.is_some() {
        remote::remote(acc, &words, line);
    } else {
        local(acc, &words);
    }
}

/// What `help` prints on the laptop: the terminal says it is a simulation and what it knows.
const LAPTOP_HELP: [&str; 12] = [
    "This terminal is ASG Lab's simulation of your laptop's shell; it knows these commands:",
    "  ls                          the key files you downloaded (name.pem)",
    "  chmod 400 name.pem          make a key file private (ssh refuses an open one)",
    "  ssh -i name.pem USER@IP     log in (Bitnami: bitnami; Amazon Linux: ec2-user)",
    "  aws autoscaling describe-auto-scaling-groups   the group, its instances (read-only)",
    "  aws autoscaling describe-scaling-activities    its launches and terminations",
    "  aws ec2 describe-instances                     every instance of the region shown",
    "  aws elbv2 describe-target-health --target-group-arn ARN",
    "  aws cloudwatch describe-alarms                 the scaling policy's alarms",
    "                              (the CLI's region is the one the console shows)",
    "  clear                       clear the screen",
    "  help                        this list",
];

fn local(acc: &mut Account, w: &[&str]) {
    let t = &mut acc.terminal;
    match w[0] {
        "ls" => {
            let names: Vec<String> = t.files.iter().map(|(n, _)| n.clone()).collect();
            if !names.is_empty() {
                t.out(names.join("  "));
            }
        }
        "clear" => t.lines.clear(),
        "chmod" if w.len() == 3 => {
            let mode = u32::from_str_radix(w[1], 8);
            match (mode, t.files.iter_mut().find(|(n, _)| n == w[2])) {
                (Ok(m), Some(f)) => f.1 = m,
                (Err(_), _) => t.out(format!("chmod: invalid mode: '{}'", w[1])),
                (_, None) => t.out(format!("chmod: cannot access '{}': No such file or directory", w[2])),
            }
        }
        "ssh" => ssh::ssh(acc, w),
        "aws" => {
            for line in cli::aws(acc, w) {
                acc.terminal.out(line);
            }
        }
        "help" => LAPTOP_HELP.iter().for_each(|l| t.out(l.to_string())),
        "stress" | "stress-ng" | "top" | "uptime" | "sudo" => {
            t.out("(this is your laptop: ssh into the instance first)".to_string());
        }
        c => t.out(format!("{c}: command not found")),
    }
}

/// A foreground stress that ended by `t` prints its last line; a session whose instance has
/// shut down is closed, as ssh closes it.
pub(super) fn settle(acc: &mut Account, t: u64) {
    close_if_gone(acc);
    if let Some((pid, tool, end, secs)) = acc.terminal.busy {
        if t >= end {
            acc.terminal.busy = None;
            let line = match tool {
                "stress" => format!("stress: info: [{pid}] successful run completed in {secs}s"),
                _ => format!(
                    "stress-ng: info:  [{pid}] successful run completed in {secs}.00s ({} mins, {}.00 secs)",
                    secs / 60,
                    secs % 60
                ),
            };
            acc.terminal.out(line);
        }
    }
}

/// The instance at the other end of the session shut down: sshd is gone with it, so the
/// connection closes and the prompt is the laptop's again (docs/aws-behaviour.md §11 "ssh and
/// stress"). A wizard instance goes at `shutting-down`; a group's when it is terminated (it
/// runs while its target drains).
fn close_if_gone(acc: &mut Account) {
    let Some(s) = acc.terminal.session.clone() else { return };
    let alive = match acc.instance(&s.instance) {
        Some(i) => matches!(i.state, InstanceState::Pending | InstanceState::Running),
        None => acc.group.as_ref().is_some_and(|g| {
            g.sim
                .snapshot()
                .group_instances()
                .any(|i| i.id.to_string() == s.instance && i.lifecycle != LifecycleState::Terminated)
        }),
    };
    if alive {
        return;
    }
    acc.terminal.busy = None;
    acc.terminal.pending = None;
    acc.terminal.session = None;
    acc.terminal.out(format!("Connection to {} closed by remote host.", s.host));
    acc.terminal.out(format!("Connection to {} closed.", s.host));
}
