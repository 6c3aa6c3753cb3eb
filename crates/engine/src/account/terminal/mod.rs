//! Step 6's terminal: the learner's laptop shell with the downloaded `.pem` files, `ssh` into an
//! instance with OpenSSH's messages, and on the instance the package install, `stress` /
//! `stress-ng`, `top`, `uptime` and `exit` (docs/aws-behaviour.md §11 "ssh and stress").
//! Every line typed is an [`Action::Shell`](super::Action) so a run replays exactly.

mod remote;
mod ssh;

use super::resources::Catalogue;
use super::Account;

/// Where the shell is.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Session {
    /// instance id
    instance: String,
    /// user name
    user: String,
    /// the address typed
    host: String,
    /// its private address (the prompt's host name)
    private_ip: String,
    /// its image
    base: Catalogue,
}

/// A question waiting for the next line.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Pending {
    /// ssh's host-key question; the connection to finish on "yes"
    HostKey { key: Option<String>, user: String, host: String },
    /// dnf's "Is this ok [y/N]:" for a package
    Dnf(&'static str),
}

/// The terminal: its transcript and state.
#[derive(Clone, Debug, Default)]
pub struct Terminal {
    /// every line shown, input lines with their prompt
    pub lines: Vec<String>,
    session: Option<Session>,
    /// downloaded key files (`name.pem`) and their modes
    files: Vec<(String, u32)>,
    known_hosts: Vec<String>,
    pending: Option<Pending>,
    /// (instance, package) installed
    installed: Vec<(String, &'static str)>,
    /// a foreground stress: (pid, tool, ends at [s], seconds)
    busy: Option<(u32, &'static str, u64, u64)>,
    next_pid: u32,
}

impl Terminal {
    /// The prompt now.
    pub fn prompt(&self) -> String {
        match &self.session {
            None => "learner@laptop:~$ ".into(),
            Some(s) => {
                let host = format!("ip-{}", s.private_ip.replace('.', "-"));
                match s.base {
                    Catalogue::AmazonLinux2023 => format!("[{}@{host} ~]$ ", s.user),
                    Catalogue::BitnamiWordPress => format!("{}@{host}:~$ ", s.user),
                }
            }
        }
    }

    /// Is a foreground command running (input waits)?
    pub fn busy(&self) -> bool {
        self.busy.is_some()
    }

    /// When the foreground command ends [s].
    pub(crate) fn busy_until(&self) -> Option<u64> {
        self.busy.map(|b| b.2)
    }

    /// A key pair was created: its private key is downloaded as `name.pem`, readable by
    /// others (mode 0644) until `chmod 400`.
    pub(crate) fn download(&mut self, name: &str) {
        let f = format!("{name}.pem");
        self.files.retain(|(n, _)| *n != f);
        self.files.push((f, 0o644));
    }

    fn out(&mut self, s: impl Into<String>) {
        self.lines.push(s.into());
    }

    fn pid(&mut self) -> u32 {
        self.next_pid += 1;
        1800 + self.next_pid * 7
    }
}

/// Apply one typed line at the account's now.
pub(super) fn input(acc: &mut Account, line: &str) {
    let prompt = acc.terminal.prompt();
    let line = line.trim();
    if line == "^C" {
        acc.terminal.out(format!("{prompt}^C"));
        if let Some((_, _, _, _)) = acc.terminal.busy.take() {
            if let Some(s) = acc.terminal.session.clone() {
                let _ = super::actions::apply(
                    acc,
                    &super::Action::Stress { instance: s.instance, duration_s: 0, workers: 0 },
                );
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
        "stress" | "stress-ng" | "top" | "uptime" | "sudo" => {
            t.out("(this is your laptop: ssh into the instance first)".to_string());
        }
        c => t.out(format!("{c}: command not found")),
    }
}

/// A foreground stress that ended by `t` prints its last line.
pub(super) fn settle(acc: &mut Account, t: u64) {
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
