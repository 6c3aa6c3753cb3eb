//! Step 6's terminal: ssh with OpenSSH's messages, package installs, `stress` and `stress-ng`
//! (docs/aws-behaviour.md §11 "ssh and stress").

use super::*;
use asg_engine::account::guide::StepState;
use asg_engine::LifecycleState;

fn sh(a: &mut Account, line: &str) -> Vec<String> {
    let n = a.terminal.lines.len();
    a.apply(&Action::Shell(line.into())).unwrap();
    a.terminal.lines[n..].to_vec()
}

fn public_ip(a: &Account, id: &str) -> String {
    a.addresses_of(id).unwrap().0.unwrap()
}

#[test]
fn ssh_asks_about_the_host_refuses_an_open_key_then_logs_in_after_chmod() {
    let (mut a, id) = with_instance();
    let ip = public_ip(&a, &id);
    assert_eq!(sh(&mut a, "ls"), ["learner@laptop:~$ ls", "k.pem"]);
    let out = sh(&mut a, &format!("ssh -i k.pem bitnami@{ip}"));
    assert_eq!(out[1], format!("The authenticity of host '{ip} ({ip})' can't be established."));
    assert!(out.last().unwrap().starts_with("Are you sure you want to continue connecting (yes/no/[fingerprint])?"));
    let out = sh(&mut a, "yes");
    assert_eq!(out[1], format!("Warning: Permanently added '{ip}' (ED25519) to the list of known hosts."));
    assert!(out.contains(&"Permissions 0644 for 'k.pem' are too open.".to_string()), "{out:?}");
    assert_eq!(out.last().unwrap(), &format!("bitnami@{ip}: Permission denied (publickey)."));
    sh(&mut a, "chmod 400 k.pem");
    let out = sh(&mut a, &format!("ssh -i k.pem ec2-user@{ip}"));
    assert_eq!(out.last().unwrap(), &format!("ec2-user@{ip}: Permission denied (publickey)."), "the wrong user");
    sh(&mut a, &format!("ssh -i k.pem bitnami@{ip}"));
    assert!(a.terminal.prompt().starts_with("bitnami@ip-172-31-"), "{}", a.terminal.prompt());
    let out = sh(&mut a, "exit");
    assert_eq!(out[1..], ["logout".to_string(), format!("Connection to {ip} closed.")]);
    assert_eq!(a.terminal.prompt(), "learner@laptop:~$ ");
}

#[test]
fn a_private_address_or_a_closed_port_22_times_out() {
    let (mut a, id) = with_instance();
    let private = a.addresses_of(&id).unwrap().1;
    let out = sh(&mut a, &format!("ssh -i k.pem bitnami@{private}"));
    assert_eq!(out[1], format!("ssh: connect to host {private} port 22: Connection timed out"));
    // an instance whose group admits HTTP only
    let mut f = InstanceForm::assignment("k");
    f.new_group = Some(vec![Rule { port: 80, source: Source::Anywhere }]);
    a.apply(&Action::RunInstance(f)).unwrap();
    a.advance_to(a.now() + 60);
    let id2 = a.instances().nth(1).unwrap().id.clone();
    let ip2 = public_ip(&a, &id2);
    let out = sh(&mut a, &format!("ssh -i k.pem bitnami@{ip2}"));
    assert_eq!(out[1], format!("ssh: connect to host {ip2} port 22: Connection timed out"));
}

fn logged_in(image: Catalogue) -> (Account, String) {
    let mut a = Account::new(4);
    a.apply(&Action::CreateKeyPair("k".into())).unwrap();
    let mut f = InstanceForm::assignment("k");
    f.image = ImageRef::Catalogue(image);
    a.apply(&Action::RunInstance(f)).unwrap();
    a.advance_to(120);
    let id = a.instances().next().unwrap().id.clone();
    let ip = public_ip(&a, &id);
    sh(&mut a, "chmod 400 k.pem");
    sh(&mut a, &format!("ssh -i k.pem {}@{ip}", image.ssh_user()));
    sh(&mut a, "yes");
    (a, id)
}

#[test]
fn stress_on_debian_needs_sudo_apt_get_then_runs_in_the_foreground() {
    let (mut a, id) = logged_in(Catalogue::BitnamiWordPress);
    assert_eq!(sh(&mut a, "stress --cpu 1 --timeout 600")[1], "-bash: stress: command not found");
    assert!(sh(&mut a, "apt-get install stress")[1].contains("(13: Permission denied)"));
    assert_eq!(sh(&mut a, "sudo apt-get install -y stress").last().unwrap(), "Setting up stress (1.0.7-1) ...");
    let out = sh(&mut a, "stress --cpu 1 --timeout 600");
    assert!(out[1].starts_with("stress: info: [") && out[1].ends_with("] dispatching hogs: 1 cpu, 0 io, 0 vm, 0 hdd"));
    assert!(a.terminal.busy());
    assert_eq!(a.instances().next().unwrap().stress_until, a.now() + 600);
    a.advance_to(a.now() + 600);
    assert!(!a.terminal.busy());
    assert!(a.terminal.lines.last().unwrap().ends_with("] successful run completed in 600s"));
    // the standalone instance is not the group's: nothing scales (step 6 is not done)
    assert_eq!(a.step_state(Step::Stress), StepState::Started);
    assert!(a.group().is_none() && id.starts_with("i-0"));
}

#[test]
fn amazon_linux_has_stress_ng_not_stress_and_dnf_asks_first() {
    let (mut a, _) = logged_in(Catalogue::AmazonLinux2023);
    assert!(a.terminal.prompt().starts_with("[ec2-user@ip-172-31-"));
    assert_eq!(sh(&mut a, "sudo dnf install stress")[1], "Error: Unable to find a match: stress");
    assert_eq!(sh(&mut a, "sudo dnf install stress-ng")[1], "Is this ok [y/N]: ");
    assert_eq!(sh(&mut a, "y").last().unwrap(), "Complete!");
    let out = sh(&mut a, "stress-ng --cpu 1 --timeout 60s &");
    assert!(out[1].starts_with("[1] "), "in the background: {out:?}");
    assert!(out[2].ends_with("setting to a 60 second (1 mins, 0.00 secs) run per stressor"), "{out:?}");
    assert!(!a.terminal.busy());
    assert!(sh(&mut a, "uptime")[1].ends_with("load average: 1.00"));
}

#[test]
fn ctrl_c_stops_a_foreground_stress() {
    let (mut a, _) = logged_in(Catalogue::BitnamiWordPress);
    sh(&mut a, "sudo apt install stress");
    sh(&mut a, "stress -c 1 -t 600");
    a.advance_to(a.now() + 10);
    sh(&mut a, "^C");
    assert!(!a.terminal.busy());
    assert_eq!(a.instances().next().unwrap().stress_until, a.now());
}

#[test]
fn stressing_a_group_instance_over_ssh_scales_the_group() {
    let mut a = Account::new(12);
    for n in Step::Stress.before() {
        a.do_step(n).unwrap();
        a.advance_to(a.now() + 600);
    }
    let s = a.group().unwrap().sim.snapshot();
    let id = s.instances.iter().find(|i| i.lifecycle == LifecycleState::InService).unwrap().id.to_string();
    let ip = public_ip(&a, &id);
    sh(&mut a, "chmod 400 asg-lab-key.pem");
    sh(&mut a, &format!("ssh -i asg-lab-key.pem bitnami@{ip}"));
    sh(&mut a, "yes");
    sh(&mut a, "sudo apt-get install stress");
    sh(&mut a, "stress --cpu 1 --timeout 600");
    a.advance_to(a.now() + 600);
    assert_eq!(a.step_state(Step::Stress), StepState::Done);
    assert!(a.group().unwrap().sim.snapshot().desired >= 2);
}

// docs/aws-behaviour.md §11 "ssh and stress": the session ends with the instance, as ssh's does.
#[test]
fn an_ssh_session_closes_when_its_instance_shuts_down() {
    let (mut a, id) = logged_in(Catalogue::BitnamiWordPress);
    let ip = public_ip(&a, &id);
    assert!(a.terminal.prompt().starts_with("bitnami@"));
    a.apply(&Action::TerminateInstance(id)).unwrap();
    a.advance_to(a.now() + 1);
    let n = a.terminal.lines.len();
    assert_eq!(
        a.terminal.lines[n - 2..],
        [format!("Connection to {ip} closed by remote host."), format!("Connection to {ip} closed.")]
    );
    assert_eq!(a.terminal.prompt(), "learner@laptop:~$ ");
    let out = sh(&mut a, "uptime");
    assert_eq!(out[1], "(this is your laptop: ssh into the instance first)", "no remote uptime after the end");
}

// docs/aws-behaviour.md §11 "ssh and stress": `help` says the terminal is a simulation and lists
// what it knows, on the laptop and on the instance; each command it lists is one it runs.
#[test]
fn help_lists_what_the_terminal_knows_on_the_laptop_and_on_the_instance() {
    let mut a = Account::new(4);
    a.apply(&Action::CreateKeyPair("k".into())).unwrap();
    let out = sh(&mut a, "help");
    assert!(out[1].contains("simulation"), "{out:?}");
    for c in ["ls", "chmod 400", "ssh -i", "clear"] {
        assert!(out.iter().any(|l| l.trim_start().starts_with(c)), "{c} in {out:?}");
    }
    assert_eq!(sh(&mut a, "ls")[1], "k.pem", "ls, as listed, runs");
    let (mut a, _) = logged_in(Catalogue::BitnamiWordPress);
    let out = sh(&mut a, "help");
    assert!(out[1].contains("simulation") && out[1].contains("instance"), "{out:?}");
    for c in ["sudo apt-get install stress", "stress --cpu", "top, uptime", "exit"] {
        assert!(out.iter().any(|l| l.trim_start().starts_with(c)), "{c} in {out:?}");
    }
    assert!(!sh(&mut a, "uptime")[1].contains("command not found"), "uptime, as listed, runs");
}
