//! AMIs and their EBS snapshots (step 4), launch templates (step 5)
//! (docs/aws-behaviour.md §11 "Images", "Launch templates").

use super::actions::TemplateForm;
use super::resources::*;
use super::{names, Account, AccountError, Event, LabRefusal, IMAGE_CREATE_S};

fn image_not_found(id: &str) -> AccountError {
    AccountError::whole("InvalidAMIID.NotFound", format!("The image id '[{id}]' does not exist"))
}

/// The base of AMI `id` if an instance can be launched from it now.
pub(super) fn usable(acc: &Account, id: &str) -> Result<Catalogue, AccountError> {
    let im = acc.images().find(|i| i.id == id).ok_or_else(|| image_not_found(id))?;
    if im.state != ImageState::Available {
        return Err(AccountError::field(
            "image",
            "InvalidAMIID.Unavailable",
            format!("The image id '[{id}]' is not available: it is still pending"),
        ));
    }
    Ok(im.base)
}

pub(super) fn create_image(acc: &mut Account, instance: &str, name: &str, no_reboot: bool) -> Result<(), AccountError> {
    if instance.trim().is_empty() {
        return Err(AccountError::lab_at("instance", LabRefusal::ChooseInstance));
    }
    names::image(name)?;
    if let Some(other) = acc.images().find(|i| i.name == name) {
        return Err(AccountError::field(
            "name",
            "InvalidAMIName.Duplicate",
            format!("AMI name {name} is already in use by AMI {}", other.id),
        ));
    }
    let t = acc.now();
    let region = acc.region;
    let (base, size) = {
        let i = acc.instances.iter().find(|i| i.id == instance && i.region == region).ok_or_else(|| {
            AccountError::whole("InvalidInstanceID.NotFound", format!("The instance ID '{instance}' does not exist"))
        })?;
        if i.state != InstanceState::Running {
            return Err(AccountError::whole(
                "IncorrectState",
                format!("Instance '{instance}' is not in a state from which it can be imaged."),
            ));
        }
        (i.base, i.volume_gb)
    };
    if !no_reboot {
        // the instance shuts down for a consistent snapshot and boots again: its web server
        // is down meanwhile (its target fails health checks)
        let (boot, app) = (u64::from(acc.model.boot_s), u64::from(acc.model.app_ready_s));
        if let Some(i) = acc.instances.iter_mut().find(|i| i.id == instance) {
            if i.http_from.is_some() {
                i.http_from = Some(t + boot + app);
            }
        }
    }
    let id = acc.new_id("ami");
    let snap = acc.new_id("snap");
    acc.snapshots.push(Snapshot {
        id: snap.clone(),
        size_gb: size,
        description: format!("Created by CreateImage({instance}) for {id}"),
        region,
        created_at: t,
    });
    acc.images.push(Image {
        id,
        name: name.into(),
        source_instance: instance.into(),
        base,
        snapshot: snap,
        state: ImageState::Pending,
        region,
        created_at: t,
        available_at: t + IMAGE_CREATE_S,
    });
    Ok(())
}

pub(super) fn deregister(acc: &mut Account, id: &str) -> Result<(), AccountError> {
    let region = acc.region;
    let n = acc.images.len();
    // the snapshot stays (and keeps billing) until deleted on its own
    acc.images.retain(|i| !(i.id == id && i.region == region));
    if acc.images.len() == n {
        return Err(image_not_found(id));
    }
    Ok(())
}

pub(super) fn delete_snapshot(acc: &mut Account, id: &str) -> Result<(), AccountError> {
    let region = acc.region;
    if !acc.snapshots().any(|s| s.id == id) {
        return Err(AccountError::whole("InvalidSnapshot.NotFound", format!("The snapshot '{id}' does not exist.")));
    }
    if let Some(im) = acc.images.iter().find(|i| i.snapshot == id) {
        return Err(AccountError::whole(
            "InvalidSnapshot.InUse",
            format!("The snapshot {id} is currently in use by {}", im.id),
        ));
    }
    acc.spent_usd += acc.cost_of_deleted(super::Billable::Snapshot, id);
    acc.snapshots.retain(|s| !(s.id == id && s.region == region));
    Ok(())
}

/// AMIs that became available by `t`.
pub(super) fn settle(acc: &mut Account, t: u64) {
    let mut done = Vec::new();
    for im in &mut acc.images {
        if im.state == ImageState::Pending && t >= im.available_at {
            im.state = ImageState::Available;
            done.push(Event::ImageAvailable { id: im.id.clone() });
        }
    }
    for e in done {
        acc.record(e);
    }
}

pub(super) fn create_template(acc: &mut Account, f: &TemplateForm) -> Result<(), AccountError> {
    names::launch_template(&f.name)?;
    if acc.launch_templates().any(|l| l.name == f.name) {
        return Err(AccountError::field(
            "name",
            "InvalidLaunchTemplateName.AlreadyExistsException",
            "Launch template name already in use.",
        ));
    }
    if let ImageRef::Own(id) = &f.image {
        // the template may name an AMI that is still pending; it must exist
        if !acc.images().any(|i| &i.id == id) {
            return Err(AccountError::field(
                "image",
                "InvalidAMIID.NotFound",
                format!("The image id '[{id}]' does not exist"),
            ));
        }
    }
    // a key pair or security group that does not exist is accepted here and fails at launch
    let id = acc.new_id("lt");
    let v = TemplateVersion {
        image: f.image.clone(),
        itype: f.itype,
        key: f.key.clone(),
        groups: f.groups.clone(),
        detailed_monitoring: f.detailed_monitoring,
    };
    acc.templates.push(LaunchTemplate {
        id,
        name: f.name.clone(),
        versions: vec![v],
        region: acc.region,
        created_at: acc.now(),
    });
    Ok(())
}

pub(super) fn delete_template(acc: &mut Account, name: &str) -> Result<(), AccountError> {
    let region = acc.region;
    let n = acc.templates.len();
    // deleting a template a group uses is accepted; the group fails to launch later
    acc.templates.retain(|l| !(l.name == name && l.region == region));
    if acc.templates.len() == n {
        return Err(AccountError::whole(
            "InvalidLaunchTemplateName.NotFoundException",
            "At least one of the launch templates specified in the request does not exist.",
        ));
    }
    Ok(())
}
