//! Step 6's terminal as the account holds it (`terminal/` runs its commands): its transcript, the ssh session, the key files on the
//! laptop, a question waiting for an answer and a foreground `stress`.

use crate::account::resources::Catalogue;

/// Where the shell is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Session {
    /// instance id
    pub(crate) instance: String,
    /// user name
    pub(crate) user: String,
    /// the address typed
    pub(crate) host: String,
    /// its private address (the prompt's host name)
    pub(crate) private_ip: String,
    /// its image
    pub(crate) base: Catalogue,
}

/// A question waiting for the next line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Pending {
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
    pub(crate) session: Option<Session>,
    /// downloaded key files (`name.pem`) and their modes
    pub(crate) files: Vec<(String, u32)>,
    pub(crate) known_hosts: Vec<String>,
    pub(crate) pending: Option<Pending>,
    /// (instance, package) installed
    pub(crate) installed: Vec<(String, &'static str)>,
    /// a foreground stress: (pid, tool, ends at [s], seconds)
    pub(crate) busy: Option<(u32, &'static str, u64, u64)>,
    pub(crate) next_pid: u32,
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

    /// Is the terminal logged in to an instance (over ssh)?
    pub fn logged_in(&self) -> bool {
        self.session.is_some()
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

    pub(crate) fn out(&mut self, s: impl Into<String>) {
        self.lines.push(s.into());
    }

    pub(crate) fn pid(&mut self) -> u32 {
        self.next_pid += 1;
        1800 + self.next_pid * 7
    }
}
