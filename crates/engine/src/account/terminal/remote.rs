//! Commands on the instance: package installs (apt on Debian, dnf on Amazon Linux 2023),
//! `stress` / `stress-ng`, `top`, `uptime`, `exit`.

use crate::account::resources::Catalogue;
use crate::account::shell::{Pending, Session, Terminal};
use crate::account::Account;

/// One parsed `stress` / `stress-ng` command line.
struct StressArgs {
    tool: &'static str,
    cpus: u32,
    timeout_s: u64,
    background: bool,
}

fn parse_stress(words: &[&str]) -> Result<StressArgs, String> {
    let tool = if words[0] == "stress-ng" { "stress-ng" } else { "stress" };
    let (mut cpus, mut timeout_s, mut background) = (0u32, 0u64, false);
    let mut k = 1;
    while k < words.len() {
        let w = words[k];
        let val = words.get(k + 1).copied().unwrap_or("");
        match w {
            "&" => background = true,
            "-c" | "--cpu" => {
                cpus = val.parse().map_err(|_| format!("{tool}: FAIL: invalid number of cpu hogs: {val}"))?;
                k += 1;
            }
            "-t" | "--timeout" => {
                let v = val.trim_end_matches('s');
                timeout_s = v.parse().map_err(|_| format!("{tool}: FAIL: invalid timeout: {val}"))?;
                k += 1;
            }
            _ => return Err(format!("{tool}: FAIL: unrecognized option '{w}'")),
        }
        k += 1;
    }
    if cpus == 0 {
        return Err(format!("{tool}: FAIL: no hogs specified (try --cpu 1)"));
    }
    Ok(StressArgs { tool, cpus, timeout_s, background })
}

pub(super) fn answer(acc: &mut Account, p: Pending, line: &str) {
    match p {
        Pending::HostKey { key, user, host } => {
            if line == "yes" {
                acc.terminal.out(format!("Warning: Permanently added '{host}' (ED25519) to the list of known hosts."));
                acc.terminal.known_hosts.push(host.clone());
                super::ssh::authenticate(acc, key, user, host);
            } else {
                acc.terminal.out("Host key verification failed.".to_string());
            }
        }
        Pending::Dnf(pkg) => {
            if line.eq_ignore_ascii_case("y") {
                install(acc, pkg);
            } else {
                acc.terminal.out("Operation aborted.".to_string());
            }
        }
    }
}

fn install(acc: &mut Account, pkg: &'static str) {
    let Some(s) = acc.terminal.session.clone() else { return };
    let t = &mut acc.terminal;
    match s.base {
        Catalogue::BitnamiWordPress => {
            t.out("Reading package lists... Done".to_string());
            t.out("Building dependency tree... Done".to_string());
            let v = if pkg == "stress" { "1.0.7-1" } else { "0.15.06-2" };
            t.out(format!("Setting up {pkg} ({v}) ..."));
        }
        Catalogue::AmazonLinux2023 => {
            t.out("Installed:".to_string());
            t.out(format!("  {pkg}-0.15.05-1.amzn2023.x86_64"));
            t.out(String::new());
            t.out("Complete!".to_string());
        }
    }
    t.installed.push((s.instance, pkg));
}

/// What `help` prints on an instance: a simulation, and the commands it knows there.
const REMOTE_HELP: [&str; 9] = [
    "This is ASG Lab's simulation of the instance's shell; it knows these commands:",
    "  sudo apt-get install stress        install stress (Bitnami, Debian)",
    "  sudo dnf install stress-ng         install stress-ng (Amazon Linux)",
    "  stress --cpu N --timeout Ss        load N CPUs for S seconds (Ctrl+C stops it; & runs it in the background)",
    "  stress-ng --cpu N --timeout Ss     the same with stress-ng",
    "  top, uptime                        the load now",
    "  whoami, hostname, clear            who and where you are; clear the screen",
    "  exit                               back to your laptop",
    "  help                               this list",
];

pub(super) fn remote(acc: &mut Account, w: &[&str], line: &str) {
    let Some(s) = acc.terminal.session.clone() else { return };
    let (sudo, w) = if w[0] == "sudo" { (true, &w[1..]) } else { (false, w) };
    if w.is_empty() {
        acc.terminal.out("usage: sudo command".to_string());
        return;
    }
    let has = |t: &Terminal, p: &str| t.installed.iter().any(|(i, q)| *i == s.instance && *q == p);
    match w[0] {
        "apt-get" | "apt" if s.base == Catalogue::BitnamiWordPress => {
            if !sudo {
                acc.terminal.out(
                    "E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)"
                        .to_string(),
                );
                acc.terminal.out(
                    "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?"
                        .to_string(),
                );
                return;
            }
            match (w.get(1).copied(), w.iter().skip(2).find(|x| !x.starts_with('-')).copied()) {
                (Some("update"), _) => acc.terminal.out("Reading package lists... Done".to_string()),
                (Some("install"), Some("stress")) => install(acc, "stress"),
                (Some("install"), Some("stress-ng")) => install(acc, "stress-ng"),
                (Some("install"), Some(p)) => acc.terminal.out(format!("E: Unable to locate package {p}")),
                _ => acc.terminal.out("E: Invalid operation".to_string()),
            }
        }
        "dnf" | "yum" if s.base == Catalogue::AmazonLinux2023 => {
            let pkg = w.iter().skip(2).find(|x| !x.starts_with('-')).copied();
            if !sudo {
                acc.terminal.out("Error: This command has to be run with superuser privileges (under the root user on most systems).".to_string());
                return;
            }
            match (w.get(1).copied(), pkg) {
                (Some("install"), Some("stress-ng")) if w.contains(&"-y") => install(acc, "stress-ng"),
                (Some("install"), Some("stress-ng")) => {
                    acc.terminal.out("Is this ok [y/N]: ".to_string());
                    acc.terminal.pending = Some(Pending::Dnf("stress-ng"));
                }
                (Some("install"), Some(p)) => acc.terminal.out(format!("Error: Unable to find a match: {p}")),
                _ => acc.terminal.out("Error: No such command. Please use /usr/bin/dnf --help".to_string()),
            }
        }
        "apt-get" | "apt" | "dnf" | "yum" => acc.terminal.out(format!("-bash: {}: command not found", w[0])),
        "stress" | "stress-ng" => {
            let tool = if w[0] == "stress" { "stress" } else { "stress-ng" };
            if !has(&acc.terminal, tool) {
                acc.terminal.out(format!("-bash: {tool}: command not found"));
                return;
            }
            match parse_stress(w) {
                Err(e) => acc.terminal.out(e),
                Ok(a) => run_stress(acc, &s, a, line),
            }
        }
        "top" => {
            let l = load(acc, &s.instance);
            acc.terminal.out(format!("top - {}  load average: {l:.2}", clock(acc)));
            acc.terminal.out(format!(
                "%Cpu(s): {:.1} us,  0.3 sy,  0.0 ni, {:.1} id",
                l.min(1.0) * 99.7,
                (1.0 - l.min(1.0)) * 99.7
            ));
        }
        "uptime" => {
            let l = load(acc, &s.instance);
            acc.terminal.out(format!(" {},  1 user,  load average: {l:.2}", clock(acc)));
        }
        "whoami" => acc.terminal.out(s.user.clone()),
        "help" => REMOTE_HELP.iter().for_each(|l| acc.terminal.out(l.to_string())),
        "hostname" => acc.terminal.out(format!("ip-{}", s.private_ip.replace('.', "-"))),
        "exit" | "logout" => {
            acc.terminal.out("logout".to_string());
            acc.terminal.out(format!("Connection to {} closed.", s.host));
            acc.terminal.session = None;
        }
        "clear" => acc.terminal.lines.clear(),
        c => acc.terminal.out(format!("-bash: {c}: command not found")),
    }
}

fn run_stress(acc: &mut Account, s: &Session, a: StressArgs, _line: &str) {
    let pid = acc.terminal.pid();
    let secs = if a.timeout_s == 0 { 24 * 3600 } else { a.timeout_s };
    if a.background {
        acc.terminal.out(format!("[1] {pid}"));
    }
    match a.tool {
        "stress" => {
            acc.terminal.out(format!("stress: info: [{pid}] dispatching hogs: {} cpu, 0 io, 0 vm, 0 hdd", a.cpus))
        }
        _ => {
            acc.terminal.out(format!(
                "stress-ng: info:  [{pid}] setting to a {secs} second ({} mins, {}.00 secs) run per stressor",
                secs / 60,
                secs % 60
            ));
            acc.terminal.out(format!("stress-ng: info:  [{pid}] dispatching hogs: {} cpu", a.cpus));
        }
    }
    let end = acc.now() + secs;
    if !a.background {
        acc.terminal.busy = Some((pid, a.tool, end, secs));
    }
    let _ = crate::account::stress::stress(acc, &s.instance, secs, a.cpus);
}

/// Load average of instance `id` now (busy CPUs).
fn load(acc: &Account, id: &str) -> f64 {
    let t = acc.now();
    if let Some(i) = acc.instance(id) {
        return if i.stress_until > t { 1.0 } else { 0.02 };
    }
    acc.group()
        .and_then(|g| g.sim.snapshot().group_instances().find(|i| i.id.to_string() == id).cloned())
        .map_or(0.0, |i| i.cpu / 100.0)
}

fn clock(acc: &Account) -> String {
    let iso = crate::account::utc_label(acc.now());
    format!("{} up {} min", &iso[11..19], acc.now() / 60)
}
