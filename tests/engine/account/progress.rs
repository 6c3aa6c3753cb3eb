//! The folded checklist's line (a phone shows the step's form first, issue 26): steps done
//! are counted from the account, in both languages.

use super::*;
use asg_view_model::guide::{progress, steps};
use asg_view_model::i18n::Lang;

#[test]
fn the_folded_checklist_counts_the_done_steps_and_names_the_open_one() {
    let a = Account::new(1);
    let rows = steps(Lang::En, &a);
    assert_eq!(
        progress(Lang::En, &rows, Step::Why),
        "Steps: 0 of 7 done · now 1. Why Auto Scaling, and how it is built"
    );
    // step 2 done (a running WordPress t2.micro in Seoul)
    let (a, _) = with_instance();
    let rows = steps(Lang::Ko, &a);
    let line = progress(Lang::Ko, &rows, Step::LoadBalancer);
    assert_eq!(line, "단계: 7개 중 1개 완료 · 지금 3. Application Load Balancer 생성", "{line}");
}
