//! Step 6's terminal: the learner's laptop shell with the downloaded `.pem` files, `ssh` into an
//! instance with OpenSSH's messages, and on the instance the package install, `stress` /
//! `stress-ng`, `top`, `uptime` and `exit` (docs/aws-behaviour.md §11 "ssh and stress").
//! Every line typed is an [`Action::Shell`](super::Action) so a run replays exactly.

use super::resources::{Catalogue, InstanceState};
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

/// A host the learner can name: (instance id, public address?, private address, key, groups, base).
struct Host {
    instance: String,
    running: bool,
    public_ip: Option<String>,
    private_ip: String,
    key: Option<String>,
    groups: Vec<String>,
    base: Catalogue,
}

fn hosts(acc: &Account) -> Vec<Host> {
    let mut v: Vec<Host> = acc
        .instances()
        .map(|i| Host {
            instance: i.id.clone(),
            running: i.state == InstanceState::Running,
            public_ip: i.public_ip.clone(),
            private_ip: i.private_ip.clone(),
            key: i.key.clone(),
            groups: i.groups.clone(),
            base: i.base,
        })
        .collect();
    if let Some(g) = acc.group() {
        let key = acc.launch_templates().find(|l| l.name == g.template.0).and_then(|l| l.versions.first()?.key.clone());
        for i in g.sim.snapshot().instances {
            let (public_ip, private_ip) = super::group::addresses(i.id, i.az as u32);
            v.push(Host {
                instance: i.id.to_string(),
                running: matches!(
                    i.lifecycle,
                    crate::sim::LifecycleState::InService | crate::sim::LifecycleState::Terminating
                ),
                public_ip: Some(public_ip),
                private_ip,
                key: key.clone(),
                groups: g.groups.clone(),
                base: g.base,
            });
        }
    }
    v
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
        answer(acc, p, line);
        return;
    }
    acc.terminal.out(format!("{prompt}{line}"));
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() {
        return;
    }
    if acc.terminal.session.is_some() {
        remote(acc, &words, line);
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
        "ssh" => ssh(acc, w),
        "stress" | "stress-ng" | "top" | "uptime" | "sudo" => {
            t.out("(this is your laptop: ssh into the instance first)".to_string());
        }
        c => t.out(format!("{c}: command not found")),
    }
}

fn ssh(acc: &mut Account, w: &[&str]) {
    let (mut key, mut dest) = (None, None);
    let mut k = 1;
    while k < w.len() {
        match w[k] {
            "-i" => {
                key = w.get(k + 1).map(|s| s.to_string());
                k += 1;
            }
            d if !d.starts_with('-') => dest = Some(d.to_string()),
            _ => {}
        }
        k += 1;
    }
    let Some(dest) = dest else {
        acc.terminal.out("usage: ssh [-i identity_file] destination [command]".to_string());
        return;
    };
    let (user, host) = match dest.split_once('@') {
        Some((u, h)) => (u.to_string(), h.to_string()),
        None => ("learner".to_string(), dest.clone()),
    };
    if let Some(f) = &key {
        if !acc.terminal.files.iter().any(|(n, _)| n == f) {
            acc.terminal.out(format!("Warning: Identity file {f} not accessible: No such file or directory."));
        }
    }
    let found = hosts(acc).into_iter().find(|h| h.public_ip.as_deref() == Some(&host) || h.private_ip == host);
    let reachable = found.as_ref().is_some_and(|h| {
        h.running
            && h.public_ip.as_deref() == Some(host.as_str())
            && h.groups.iter().any(|g| acc.sgs.iter().any(|s| &s.id == g && s.admits(22, true, &[])))
    });
    if !reachable {
        // no route (a private address), no such host, stopped, or port 22 closed to My IP
        acc.terminal.out(format!("ssh: connect to host {host} port 22: Connection timed out"));
        return;
    }
    if !acc.terminal.known_hosts.contains(&host) {
        acc.terminal.out(format!("The authenticity of host '{host} ({host})' can't be established."));
        acc.terminal.out(format!("ED25519 key fingerprint is SHA256:{}.", fingerprint(&host)));
        acc.terminal.out("This key is not known by any other names.".to_string());
        acc.terminal.out("Are you sure you want to continue connecting (yes/no/[fingerprint])? ".to_string());
        acc.terminal.pending = Some(Pending::HostKey { key, user, host });
        return;
    }
    authenticate(acc, key, user, host);
}

/// A stable fake host-key fingerprint (43 base64 characters) for an address.
fn fingerprint(host: &str) -> String {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    (0..43)
        .map(|k| {
            for b in host.bytes().chain([k as u8]) {
                h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
            }
            B64[(h >> 58) as usize] as char
        })
        .collect()
}

fn authenticate(acc: &mut Account, key: Option<String>, user: String, host: String) {
    let Some(h) = hosts(acc).into_iter().find(|h| h.public_ip.as_deref() == Some(&host)) else { return };
    let t = &mut acc.terminal;
    let file = key.as_ref().and_then(|k| t.files.iter().find(|(n, _)| n == k).cloned());
    let mut usable = None;
    if let Some((name, mode)) = &file {
        if mode & 0o077 != 0 {
            t.out("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@".to_string());
            t.out("@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @".to_string());
            t.out("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@".to_string());
            t.out(format!("Permissions 0{mode:o} for '{name}' are too open."));
            t.out("It is required that your private key files are NOT accessible by others.".to_string());
            t.out("This private key will be ignored.".to_string());
            t.out(format!("Load key \"{name}\": bad permissions"));
        } else {
            usable = name.strip_suffix(".pem").map(str::to_string);
        }
    }
    let key_ok = usable.is_some() && usable == h.key;
    if !key_ok || user != h.base.ssh_user() {
        t.out(format!("{user}@{host}: Permission denied (publickey)."));
        return;
    }
    if h.base == Catalogue::BitnamiWordPress {
        t.out(format!("Linux ip-{} 6.1.0-amd64 #1 SMP Debian x86_64", h.private_ip.replace('.', "-")));
        t.out("The programs included with the Debian GNU/Linux system are free software;".to_string());
    }
    t.session = Some(Session { instance: h.instance, user, host, private_ip: h.private_ip, base: h.base });
}

fn answer(acc: &mut Account, p: Pending, line: &str) {
    match p {
        Pending::HostKey { key, user, host } => {
            if line == "yes" {
                acc.terminal.out(format!("Warning: Permanently added '{host}' (ED25519) to the list of known hosts."));
                acc.terminal.known_hosts.push(host.clone());
                authenticate(acc, key, user, host);
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

fn remote(acc: &mut Account, w: &[&str], line: &str) {
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
    let _ = super::actions::apply(
        acc,
        &super::Action::Stress { instance: s.instance.clone(), duration_s: secs, workers: a.cpus },
    );
}

/// Load average of instance `id` now (busy CPUs).
fn load(acc: &Account, id: &str) -> f64 {
    let t = acc.now();
    if let Some(i) = acc.instance(id) {
        return if i.stress_until > t { 1.0 } else { 0.02 };
    }
    acc.group()
        .and_then(|g| g.sim.snapshot().instances.into_iter().find(|i| i.id.to_string() == id))
        .map_or(0.0, |i| i.cpu / 100.0)
}

fn clock(acc: &Account) -> String {
    let iso = super::guide::utc_label(acc.now());
    format!("{} up {} min", &iso[11..19], acc.now() / 60)
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

impl Account {
    /// Public (if any) and private address of instance `id`, a wizard instance or one of the
    /// group's.
    pub fn addresses_of(&self, id: &str) -> Option<(Option<String>, String)> {
        hosts(self).into_iter().find(|h| h.instance == id).map(|h| (h.public_ip, h.private_ip))
    }
}
