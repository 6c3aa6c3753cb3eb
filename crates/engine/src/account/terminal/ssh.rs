//! `ssh` from the laptop: which hosts exist, reaching port 22, the host-key question, the key
//! file and the user (OpenSSH's messages).

use crate::account::resources::{Catalogue, InstanceState};
use crate::account::shell::{Pending, Session};
use crate::account::Account;

/// A host the learner can name: (instance id, public address?, private address, key, groups, base).
pub(super) struct Host {
    pub(super) instance: String,
    running: bool,
    public_ip: Option<String>,
    private_ip: String,
    key: Option<String>,
    groups: Vec<String>,
    base: Catalogue,
}

pub(super) fn hosts(acc: &Account) -> Vec<Host> {
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
        let key = acc.template_version_of(g).and_then(|v| v.key.clone());
        let zones = g.sim.zones();
        for i in g.sim.snapshot().group_instances() {
            let zone = zones.get(i.az).copied().unwrap_or(i.az as u32);
            let (public_ip, private_ip) = crate::account::scaling_group::addresses(i.id, zone);
            v.push(Host {
                instance: i.id.to_string(),
                running: matches!(i.lifecycle, crate::LifecycleState::InService | crate::LifecycleState::Terminating),
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

pub(super) fn ssh(acc: &mut Account, w: &[&str]) {
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

pub(super) fn authenticate(acc: &mut Account, key: Option<String>, user: String, host: String) {
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

impl Account {
    /// Public (if any) and private address of instance `id`, a wizard instance or one of the
    /// group's.
    pub fn addresses_of(&self, id: &str) -> Option<(Option<String>, String)> {
        hosts(self).into_iter().find(|h| h.instance == id).map(|h| (h.public_ip, h.private_ip))
    }
}
