//! Names and key pairs (docs/aws-behaviour.md §11).

use super::*;
use asg_engine::catalog::{InstanceType, Region};

// ---- §11 "Names" ----

#[test]
fn names_are_checked_at_their_field_with_the_documented_rule() {
    let mut a = Account::new(1);
    let e = err(a.apply(&Action::CreateKeyPair(" key".into())));
    assert_eq!((e.field, e.error.code), (Some("name"), "InvalidParameterValue"));
    assert!(e.error.message.contains("up to 255 ASCII characters"));
    for bad in ["-tg", "tg-", &"x".repeat(33), "tg_1"] {
        let e = err(a.apply(&Action::CreateTargetGroup {
            name: bad.into(),
            port: 80,
            hc_path: "/".into(),
            register: vec![],
        }));
        assert_eq!(e.field, Some("name"), "{bad}");
    }
    assert!(a
        .apply(&Action::CreateTargetGroup { name: "x".repeat(32), port: 80, hc_path: "/".into(), register: vec![] })
        .is_ok());
    let e = err(a.apply(&Action::CreateLaunchTemplate(TemplateForm {
        name: "my template".into(),
        image: ImageRef::Catalogue(Catalogue::AmazonLinux2023),
        itype: InstanceType::T2Micro,
        key: None,
        groups: vec![],
        detailed_monitoring: false,
    })));
    assert_eq!(e.error.code, "InvalidLaunchTemplateName.MalformedException");
}

// ---- §11 "Key pairs" ----

#[test]
fn a_key_pair_name_is_unique_in_its_region() {
    let mut a = Account::new(1);
    a.apply(&Action::CreateKeyPair("k".into())).unwrap();
    let e = err(a.apply(&Action::CreateKeyPair("k".into())));
    assert_eq!(e.to_string(), "InvalidKeyPair.Duplicate: The keypair 'k' already exists.");
    a.apply(&Action::SetRegion(Region::UsEast1)).unwrap();
    assert!(a.apply(&Action::CreateKeyPair("k".into())).is_ok(), "another region: another name space");
}
