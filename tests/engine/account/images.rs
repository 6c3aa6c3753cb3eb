//! AMIs and snapshots (docs/aws-behaviour.md §11).

use super::*;

// ---- §11 "Images" ----

#[test]
fn creating_an_image_reboots_the_instance_and_its_snapshot_outlives_the_ami() {
    let (mut a, id) = with_alb();
    a.advance_to(a.now() + 200);
    assert_eq!(target(&a, "tg").health, Health::Healthy);
    a.apply(&Action::CreateImage { instance: id.clone(), name: "wp-ami".into(), no_reboot: false }).unwrap();
    let im = a.images().next().unwrap().clone();
    assert_eq!(im.state, ImageState::Pending);
    // the reboot: two failed checks make the target unhealthy, the web server returns later
    a.advance_to(a.now() + 61);
    assert_eq!(target(&a, "tg").health, Health::Unhealthy);
    a.advance_to(im.created_at + IMAGE_CREATE_S);
    assert_eq!(a.images().next().unwrap().state, ImageState::Available);
    a.advance_to(a.now() + 300);
    assert_eq!(target(&a, "tg").health, Health::Healthy);
    let e = err(a.apply(&Action::DeleteSnapshot(im.snapshot.clone())));
    assert_eq!(
        e.to_string(),
        format!("InvalidSnapshot.InUse: The snapshot {} is currently in use by {}", im.snapshot, im.id)
    );
    a.apply(&Action::DeregisterImage(im.id.clone())).unwrap();
    let snap = a.bill().into_iter().find(|l| l.kind == Billable::Snapshot).expect("the snapshot still bills");
    assert!(snap.per_hour_usd > 0.0);
    a.apply(&Action::DeleteSnapshot(im.snapshot)).unwrap();
    assert!(a.bill().iter().all(|l| l.kind != Billable::Snapshot));
}

#[test]
fn no_reboot_keeps_the_target_healthy() {
    let (mut a, id) = with_alb();
    a.advance_to(a.now() + 200);
    a.apply(&Action::CreateImage { instance: id, name: "wp-ami".into(), no_reboot: true }).unwrap();
    for _ in 0..10 {
        a.advance_to(a.now() + 30);
        assert_eq!(target(&a, "tg").health, Health::Healthy);
    }
    let instance = a.instances().next().unwrap().id.clone();
    let e = err(a.apply(&Action::CreateImage { instance, name: "wp-ami".into(), no_reboot: true }));
    assert_eq!(e.error.code, "InvalidAMIName.Duplicate");
}
