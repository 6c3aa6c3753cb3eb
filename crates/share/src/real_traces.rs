//! The two real traces the gallery offers (issue 23), as a link writes them
//! (`trace_bytes.rs`): rebuilt from the files in `docs/traces/` by `asg_trace` with the form's
//! options (requests per 5 minutes, the trace's own start, scaled to a peak, looped), and
//! tested to be exactly that (`tests/trace/main.rs`). Sources and terms: `docs/traces/README.md`.

use std::sync::OnceLock;

use asg_engine::trace::Trace;

/// An AWS load balancer's `RequestCount`, 5-minute sums, 2014-04-17 00:04 to 04-23 (UTC as
/// given), from the Numenta Anomaly Benchmark (`data/realAWSCloudwatch/
/// elb_request_count_8c0756.csv`, MIT licence, © 2014-2024 Numenta Inc.); scaled to a peak of
/// 400 req/s.
const NAB_ELB: (u32, f64, &[&str]) = (
    300,
    0.1,
    &[
        "jAjHBJ8DrAe4C-8M0AmXChirBWLWDqMKYpIDyAaXBtUG7gg-mQzKAqoD_AYwtwXEAZ0BwwPPAy8XyAQjjgqrC9sD9AOGBeIE",
        "iwqLAqoFrAOBBIsCtQOkAuEC-gj5AtAF_wO9BrgF2wWeAb4GwwcMuAPQA5kIrAH6BJ8FF8oGiwQwhgPVBtwLxwgxO_oQqxMA",
        "oAGqAaMCPL4EpALWBqUO0AuXCNAJnwdh3wLCA6AFnwf0AZEF0AWTAawDSf8B4gSXCoYHF5MFjALuAo4C2wXVAr4EyArbDcoC",
        "5wPEBW22AakFyhDbESWsDSThCKAN5xGGA-gJhQuABNYKzwmfBdwBtQG8ApcCVqoFvQgMiAfoB-EOJIAEhgPcB8MJgAqjDuIC",
        "kQGSBxjzB7gPhw2vAugFAO4OixS8AoUBvgLhBJkC1g6FB6kDkgWjCCXiEKMQyASUB7cNsgbbA8gC7gaRC9YM3AGrBdwBGKYC",
        "zwv0Cc8DhQPiBPMHgAZiwwWwAqkF3AMLqwNuhgvHApEF6AnnCYACvQasC-EIqgU--galBuEC8wGjBLgH4QLWBJIBjAbcA8kI",
        "hQULPNMEhgn_CfMBmAz5BOICJLUHtgWvBtsBsAKMAtARxwrtAs8BDMQDsQowDsgEkgOFByOFAUhHF54DpAK1A5gCbUrnA54J",
        "zwkm4gKSA_QDsASXDJIDhQULgAK2CbsKhQHiAtQI8wskAEov6APbAZgMnQe9BoYD2QPaA5EBmgjJCMMBgAbTBJ8BYlWOCIsE",
        "6AWxCjDQAWKkBr0IO4ACvQKmBrII1QJ5pAL5DL4OsQijBJEBtge4AcIBhQGLCoYJlwS9AuIEiwYX4AJrC2GkBNUGGACIAcID",
        "owQ89AW7BvQD7gr_CZgCyQbuAtUCpgafBbgBbucBwwHiAqkDvhCfC-cDC5IBzQG2B_MHhQGkBMoC5wHuAp0HmAyLDOgB2gG-",
        "BM8HkgFf2gWvBuIChgHbAwAkJhmRAawH1Qb0Cc8JF4wEYp0FhgHoAfsCGqQG9AeXDPMBAAwXPLgBnwGFAZQL7QarAdYCmAa1",
        "C_oCyAaOBskOAMgE7QSaApgC6AfDB9MCkg0Mlwj_BbAQtQ-wBJEF8wEM9Au3C7gHI6UIJMQFvgT_BT0jmAKLBAuMCK8GqgW9",
        "ArgJzwmdAecBC_8BlBWTD8MF6AeRAYsG9APuCOEGPrAGnQWxCIwCoAHUAsQF5wOaBucDsAy9Dq8E5wHQCfkI6AH_AZgKowa3",
        "AegDhgfbD74EkgHPBQukAvMBIwziBrUBpALVAtkBnwOGBzJttQEYJfAQvRYk-gThAtga0RncAe4GqQPgAoUJyhD_A7cPshCx",
        "DLUDJIwE5wMjAC8MFzxVGvoIqwkmpASXBCS2Ay-RA_QBngW1B4wEwwPcA_YZ-xLtCugBpQKmBqMEmAbDBccC-gR5_wMY9AXb",
        "A6MCsAKdAYYHhgGRCegDtwMjC_oE1gKHA_kEoA2FCegF2wfUAtME6AnPB7ECoAOYCOcDrwKeC5cMpQQA9AO7As8BPuICmAal",
        "CBroAckCVdYG_wPbATueB50HtgWFBYYDsgLPBbACsgbVCG5JsgLcA8MFVbgF4QKkAu0EkgORAy8keqwB5gPZBUnuCtUErwbu",
        "BMkE-gKRAUrtAsgE2QENebUBAAuwAqYC1QRIDlUAmAIjVpIB-QKFASToAcMBVW6aArACvQSyBqsHrAFJJkh5IyQjkgO-CLcJ",
        "6Am3C-IE8wOUB4UDwwX6AtADVO0CLwCXAm22A6ME7giLCLYBqQF5SEfiCOEImALoA-EEhQGMBIUDVp4H6AHcAf8HYLsCbtUC",
        "YaYE1QLcAecDSIgJ4QLbBYYB5wGODM8D8wWlAsQBgALDA44IzwHPBbgD5wPoA4wC4QLEBZMJuAO3A7gDF5gEtwc7GNwFiwYk",
        "C-4E0AGxBvQF_wFKSaMC1gbDB9ADjASZBqMCygi9CKYCkgFtgBLDCaMG2wN5oAVJ-gL_BcoCpQQM6AEkuwI9Mp4DtQO8Au4I",
        "twsawgO1AYsCVBeGCZcGYvkCnQG8ArsCJBeMAqUCPhhVDg24BfoEowSZBugHoAPtCEjcA5cGJZoC-gSTBwAA6AWFBWFKF4YB",
        "1gLPAwzoB4sICwD6BkjbByaGB9UEF5cCMfQBGP8B9AO1A74MvQj_A24xkQGSBakFpgyBDEpJVpID8wFWsQImpArNA4cHjgbP",
        "A6oJ7Qo-C_QFYf8BowLbARi-COEEpATVBLUDJIgLqwvuBr0CrwQA4gbJArsEYD6FASNgoAXhBNABkgXhBlWmCPMD4QTIApcC",
        "9APJBOgD5QGfARg7JACAAoUBmgSBBKkBI4YBSNABVtsDAIYD6AHJBKwDqwOAAtMCYKwF2wXoAdsBAJgCbjulAo4CyQKMBNsD",
        "AKYCDNoBlwTuBO0ErAXuAuEGzwG2AV8xkgPwCqsNVYYH5QPbA9YCGL4OjQzQATAkhQeAAgC7ApgGlwb0AdsBgASLBKoDhQP2",
        "GeMU8wPEAe0CsgKNAo4CVJID7QJryAjnBZEDmgjhBLcFxBOFEzCgC4EM1gILbaMC3AfDA_MDANAFhQUwF7AC7gSjCLYD-QK-",
        "BL0EDKwHnwf0A74GngnTBqUKqQOGB2LhBpgI2wHZA8MDC_oG9AHDA74CiwZg0AnNAbECowjOBReUB9sF_wHPA54D-QToA88D",
        "gAKLAtYCygiZCIUDVjBHDAAXyAS7BIwCeZ0BqgX5BEmgCdsDkQWGD7cPMugHpQgMrA2dC8gGzQWqB88B7QTlAwAx7gbKCPMH",
        "owKqC_8FlwqGA8MBoAuNDIAG0wSZAtYEbYACzQUlCwAyDZQJqwmmAqoFO9sDvAi1BZ4FkQvKBPQLsRD0A-cD9AGYAm1W0AO3",
        "B4ACxwIMvAIM8wHcA88DU8QJkwPtBr4CSO0CggzDCy8wVXptJkniDOcLDPoCrwJtYp8B1gLQA_8FABkL9AOLBMoEhQFiqwMk",
        "uAfbB7gDwwMv7gSFA88BqgGdARd6jAThBMoEiwJ6yQJ50AHzAVQybe4C7QIYMFOqA4UDAIAClwLQA9UCpArtCLIC7QTOAfQD",
        "hQX6Am3lAZ4BwgGOAqoH-QrEE8kOyQaUD7cLbvoC8wFhhQWGC-4ClwbhBIUBygbzB6QCygT6BMMFmAKOCO8MX8IB_wPiCsMF",
        "qQEAPjztAr4KkQX1B9wBVp4LkQv_AZIBoAvbAb0GgAS7BpgIzwemCugHpQz5BoYF-QaYApcCsgLJApgI4gKsA_sMgALEBZ4F",
        "3wLuCNUE-QzJAoYH7QTNAZ4FzwWYBIsEuAO-CoEOjAKLAqYCyAj5BPMFF8QNiwi2A4YLwxGaBr0E-gTQAdUEnQHcGf8LyRDo",
        "B4sCkgW3B7ICjATtAvkChgn_BdUE9APZBbECgAI--gIMtwMjkgn5CqYEqgntBrgPjRCmBLEEowaGA6QCbrgD4gTIBKsTxAHD",
        "AYIMF7cHqgE-sAivDDzEAbEEjgixBG3HAgw9GOgHwQc94gJ6qgW-AsMJ8wH0A74EowLPA74SnxOAAiNutwHQAbAC8wORA54F",
        "3wKYBrEEzQPIAoUBhQHcAZ0ByASpBRcL4gI9rwIZ3AG-ApIPvRDTAoYBtgOjBMoG8wOMCJMLrAX5BDEatgfbB4AClwJKGNYC",
        "hwOCApgItweXAsQDnwPcBYwC5wOyAvkGsATzAfkCjgb6BI0K9AXVBm7WDK8KhQO2B50HygiMAvkC-QT5AnrgBpEFuAH_A6oD",
        "eS-MArAEuwgY4gL5AtQCrwIY7gKdAcgGnQGLBMoKtwcM7QLcC6kPjAL6CJ8L_AKqC8kK2wPcC4sKrAM8MCPhAscCPcQHhQHc",
        "A7cFF9AF2wn6ArwCkQXuBMoCnwOyCuEK-QK3AfYRjQ4-ngHDBcoIuAUMkwtWgAS1AdsF0AUw5wWmHI0U6gnDCW6lBugR0wTt",
        "AtQC7QzcB-EK9AmgA4EG2QHPBZIFlBHnDbEIgAKyAs8BsATiBPMBhQOmBtsJjAzqLY0m5wXQDfseygzWAoUF1QKXBvoEhgH0",
        "A_QJsRKyBMgE6An5EEnQB5EDeu4GALcLygQY3AWeBYsMkgGvAu0ClwJ5khPVEPMD-gaFA88DO_QD0AMxuAPVBvoI4QSpB-II",
        "7QKfA_8BhgOOAv8DzgHVBL4CngOABNsH5QEkngu-AosKhQFtbfoGJIwIPvMLhherF-gF8wORAZIBGtUG4gilCIYFJsIDMrcJ",
        "-gK4A5kEwQHWBFS1BZ4B1gaxCNwBjALJBDKwBsoEhQPJBJoOmQr_A1NtVIAC_wHKAv8D4gKFAcID1QLzA4gD7gLPA6UC9gWZ",
        "AnmgCZIBF_kIbKYEhQfQDfULgATZAbcFmgiNBogHpQZHPYYB1QKFAawHPZcGgAavBg3qDc8NkgGSB4sIxAWeAZMH0AvNBecF",
        "hgGSDb0KmgbnB74Mzw0MPYwEC7UDnQEkpATzAdMC2gPzAyaGDf8JtgmpBbEGO8QDMJEBhgOpA9wR-wrlA2z6BDLPB74C-wbW",
        "BnrhAnqdA8QF5wcXDCXWBIwC4QaaBqoB8wPnA7IEoBndGb4IiwQ9xwTcC88FgAKlCuIEhQH6CqMO0BGlDrgB7QKYBMMFsgL_",
        "AasBmgbPAe0E-g6XChf0A40E1gKyBtUKvAiRBW67BMILxA29DosE4QRt7QKCCKUEgAbbCcQB9AWeA4AEnQPzCzy-CKwBsATh",
        "BM8JrAeRA7YTqRP0CbcJ0AHiAsMBqQfoCdsJ6AuxCJIDjgiAAskC2we-BPMJkg3_CfoCYbUBmQSmBLcD4QLEE-EKvgbVDqoF",
        "0wSMApEDVOIC7gKAAs8HYTLuBp4D9A3bEccGMCSOEA",
    ],
);

/// Requests to the NASA Kennedy Space Center WWW server per 5 minutes, Monday 1995-08-14 to
/// Sunday 08-20 (EDT), counted from the Internet Traffic Archive's NASA-HTTP logs ("The traces
/// may be freely redistributed"); scaled to a peak of 300 req/s.
const NASA_HTTP: (u32, f64, &[&str]) = (
    300,
    0.1,
    &[
        "lA_1BLACsgXRA7oCtQGTBaoDzQJ4KpsCMqEBpgLTA6wDuwJIlgOvAqMBqwHMAa8EiAehAe0CHVzUASftAv4BCoUE0AJGILkE",
        "Ut4D6AGcAs0HhAHGAhX9AVyTBZwC6gFFC9YBtgGbAucB-gi1BjtQOwneAbUBhAH-AYED4AHXBDuCA7YBgwGaBM8CvwGaBB73",
        "AgkAAJICmgEokgIK8QP-AeABwQGHAkh51gH2Ak--Aye2AZ4FT4cHnAz7CB7wBaME7QKQBJcBsAeHB1wy9wKiA54FvwMetwTu",
        "AifFB4gH9gT7A6cKiAzVBoYJAP0BAIsIxQWqDT2bB-IEHrMDjAOuCXCTBXqQBOAEsgWHCluVAzKlApYD5AIyxwjkB4QBPJcL",
        "ygNbb-MC_AOjBKQEhAHMCbkHnAK1Bs4E-wOoBYED_gbtDMYCKLUTtBVP1AHfAaEJ-g37A6oDrQSwApkElgO5B_4B6AOSAkaP",
        "BOIEugLNDNsDvAXzAaME2AfrAgDoAegD6wSDBK8E_gHIDf8M8wHGBc0CxgXbA6MBZtACiwOQBGWlApYDZPsLjAMJ_gHMBIMG",
        "_AOIB8cD8QNvpgJP-QVH4QK4BMoGwgH3AoQB8QPfAbYDowRQzAbHBf4GAK0Jjga6ApsHlwHgATy1AZwCtgHMAYUEsALbA4ID",
        "FBPZApgBnQUArAH9AdoCXNUBgAU8lQNF1gSlArkCoQFbrwI8E7ACZfwD_wSIAp0F9AHWAZECUOoBkAS_AaYCxQKOAXqFBGbz",
        "AbMD4AbxAzyEAb8BFPsDuAG6Aj3WAbYBvQMKUsoB6wKEAaYCR4QBCmZFwAHfAZUDRZcBiAXVBKUC1AGMA5oE3wTUAZECMaAD",
        "eietAfQBhAHzAZECqALsAr0DzAQqrQGxBYgHHYsDsAe8BfUEkAS6BJ0F9wJQ0QOIB9UL2AnsAusHyAPJAdgCvwbaCrMIXKgF",
        "jQbCAXBGtgHUA7sFPZ4KpwWXAY4GrgRSuQTNAvADsgKbB_gC8gHPBa4EZv0GuQL6BaAIhweXAZICpwWwAkfHA74IkAmNBokF",
        "yQHEAuABggOhAwyNBo4JkwWVA8QEpQfeBukEb9EFvALgCY8JjgbGAr4DhA5InxKdHOAdjAP3B-oGlgP9C8IG_QET9gyHB8cI",
        "wgSTBZ4K7Q-gA4oK5QrDAroM7wWrAW_bA9QBNJ0FigjFBR7pAZQCALsC3gPTC8IJgwHVBogCUukBE_QGPdkFeoYH9wWjAXlw",
        "AJ8D3AXdA0WEAf0BCgrVAdACFAlw_gHTAzGEAaIBogGhAYcC7gLmA9EDhAH_BKoDRd4BjQF68QOoAswEwQSyBY0GeqsBZJYD",
        "Wa0EvAWJBdcExARvwAFtRs0CFB3fAbAC9gSXAVoAnwjWBskD7ASvAifPApwC1QS6AvwDZbcEnAK-A7MDKK8CE-4C_wTIAwm4",
        "ARWNAYEDjgFZnAKHAvIDlQOEAZwCkQJGMbAC6QGaAfUE-gWnAscDJ6wBHWUo1wLEApsC1gR5rgFGvwGwAr0DuwKWA0UohAHz",
        "AbwCmAG5ArgE1wQT3gNwsQKCA9UEPIgCecQEygHaApECrQGuAZUDpgKoBYQBtQboAbwC7wUToAOLA4QL_QaCA-MCngX_B7gE",
        "-AKhBvQJswOUBaUHjgH-AROiAbgEoQaqA2PBAd0G6AYxoAODBpAEZqEG1gmVCJ4F6AO3BMgD3AXVDogFpAGOAW_vBaoDogPf",
        "AY4G-wPRCL4DogF5hAGwBLoCCdcE5AKoBVGxCsoDHbgJPN0B6QYd2ALqAbcEywE-_wScAoQB6QGEAYYOuwLdAZICtQsJWo0E",
        "zgf9BroCwAiRArYBMs0Z7AyWCIUJ0gXIA6kDlgPfAYcHlwG4AegGjQG_C8AGqQOgA5cGzgmvBIUEiQOmB_YCpwVmrAGRAtQD",
        "HcUHyAXpAcUCsgKLA_IGrQT0AQqcB-MKtgbHBTHqAboCkQLfBI4BmQToAc4E7gLoAaMEZoQBugLhAvAD9QKbBJAB3wGgA-4H",
        "hwehAVHfAdMBKEjAAakDKc4E-QVI9AGiAZQFogHWAa0GnQXCBucD9wK2BpkEehSuAYEDKaQBuwLWAdMD6Aj1BGXJAYgCjwSa",
        "BIcCtgGYAQlcqQNmH0V69QTMBCeHAskBWgBIE6UC8gHnAawBMewCb1KcAsIBZN0BhAGXAf8EnAKiAdUBngKHArkE6gHMAfIB",
        "gwHxAY4GwwQdPGMzFIID0QOYAW-1AfQBbswB1QG_AfYE3APHA74D9AHBBFC4BNUE4wLEBKoDJ9UBrAajBNYB3AOvAlyXBugB",
        "NKYCoQHSA9MBkASTAtcC7gKuBMMEjQGaAecD7AQ8kQIK_APNB4wD5gjxA8IBmgmhA9EIvgO1AYQByAPLBHqbAocH1gHIA3m_",
        "AfgCpgKpA7YGnwNRb-AGmQTEAogHCdsNmAEU4AG8BZ8DogGzA9oFjQaSApoEjQGXAc0C7Af5CN4B8QPWAZUDrwK6B9wIggOp",
        "CKQE3QGwAqcF1QbyCOMCmAEd5AeTBaME1wQypAmXBsIBqQOoBbkHrAZarwL9BpoBngXfAYkFmgSzA9cET4QJjwSlB8IGM6ME",
        "jQGaBFyzCKQEXMoB3gOOAQCXBosDygHAA4sDjQGQBAq2AeMCxQWNAfgC_APyBvcFhAHYAuEHWp8D7gLaAssBFLkCyQOWA6wD",
        "RxTTBuAESD2UAvsDpgflBaUCxAKaAW_jAskB3AP1BAkJjgbeA5QFjQupA54FtwHgAbMDrwIz2gKWAx6tBMME7gLCAccFsATp",
        "AZwCcB5SiAKvBO4CtQHcA9sDpgJSoAPvBfcClgONBpIC6gFPogEoT7oCswPIA9EDMpECHqADwwLaBdMGuATfAdMBetUB1gF5",
        "KAoA6wLYAhMJMrUBhAG4BPEDE_cChAGDAVKcAijAA5MFtAN5vwG3ATRwZCcTCpYIpwUTgAOyAr8D5wETigPiBLUBpwWcAsQC",
        "gAXXBIcCZvYEMasDesQEkgL0Ac0EtwQn5gPpAfsBoAPICKsGKb4F5wOCA5MF6AOYAbUGmAa9BewEUeQHpwXdCOgDZXrSBdwD",
        "rgTrAt0D_wTuAoMG6QSeDbcEowR6lgPFBfoI8wGOAdMBtgGrAecDugeGBNUJ-AexAv4GpQycB6YCyQaeBUjAC48T0AeVCJcB",
        "jAOZCdINrwesBtMIMaANvQjwA8MCJ6wLnQ-IB5sCzgLqBpcLgAq6AqkNngWzA58DAJcBjwSgELEhCcYUtwGeBZEFggGKBU_H",
        "BYwDpwXNAhRHtQGgA0_8AbMINMgIpQf0Ab4DwwJHmwKLA5QFxgXpCbgE6QGlAsQEefIB8wS-A-0CYz3aAuEEkgL4ArgEuQK7",
        "BbYL5wPZAsIB5QVcPL8B9AGYAcMCnAJubfADRaUCtgGOAc0C2ALXAtcEsAITeaQBRtUEwAHUAzzEAroE2QeSAtYG7wXnBrAH",
        "swiIBY0BWY0BUZAEsQUoSMUCsAIJCo0BpQLMAfgCjAOYAbcB7wOEBIEG3gGhAXpm5gOfA-ECjQGEAW6DAT6GBN8BUdQDFJUD",
        "jQGbAjHoAVI9wwKOAZgBHoMBhAEK_wL6A_8C3gExswPcA5cBO1ATywG8Am-mAju2ASejBOgBhAF6hwI-mAGvAmT7AWSgA6EB",
        "qwHKAZ4ChARZ8wHfAe8DvAWNATweCYEDyQE8tgOhA_4BecQEoQFbkgLMBN8EoQFGqwEnmgSVA4QEzQKMA5gB0Qhb4AGsAewE",
        "gwGNBh6qA8kBpgL-AasBM4MBsAJczwWSB-MC9AG1Blq4AW7UA8cDRrMD_gGsAYcCmAHMAaMEwQHkAqIBhgSfAx6uBMkB8QOD",
        "Ac4C9AG2A48BFugB8QGDBsYFnwOlAu4FjwTMAfcChAG1AawB0AK7Am_TAZgBlwF5xAfNAscF-AJS8ANFhwIxR0go_gHtAo0B",
        "gwGYBu0C0QMVhAGaAT2mAq4BH6sGEx08WcQCZqgFiQXHA2TcBT39BCjZAuQHgQMAgwFwRtQD6APjB9ACoQNj2QK4BL8BywGc",
        "B1nFAifpAQk-ggbdBu4Cb1rUA6MEkgK9A3kKPOkBigXeA4cHmAHuApgB2gKBA-kG5AITzwL-Af4BCmaRArAC-ALnA-oBpQJ6",
        "ywFSoQGOAYcCoANwhwKnAogC_QS-A4MBwAGVAxPzAdACZXDfAe4CtQFHW4gCbawB3wHzASrwAzHJAaIB3wGmAq8C3gPrBKUC",
        "hgQVoQFmUesCrgTfATFlxAe7Bd0DPoQBqwGiAYMBqgPVAaQBhwI9J-AB1AEnrwIoXGVHuAE8MWSuAXAJZMkBjgHfATG3AXra",
        "AukBzQKGBHmtAVKEAWa3AbICsQIqepgBxQLGAmWYBqkDywGEAbgEmwf-Br0DHdwDO1s83wT2BIUER1n8AZUDrgEySJYDwAHH",
        "A-YDhQRIggMd6wTiBMkDhgSbAhPCBLkHW_gC8gPjAogCswPLAaEBjAO5AvQEqQPWAdwDqQjYBEeoAp0F6AFF4wL6CrECE7UB",
        "mweOAcgDmAHxAdUBogGEAa4BALgE0QW2A8cFggOkBJkEhgSOAd0GxALQAtMDFG08lwEA_QGEAbUB-gNFUFyLA-gD9AG1Bh7g",
        "BNUEtANm7QKBA9cCtAMU4gTDBCCEAY8EzAQo_QG_AYgCgArFB9cChwLwCJcG0wHaBbkCPOABlQPxA_wDxwPcA8kB1AHzAXDu",
        "B6UHW5wCvwH0AYEDwgSHAu8FjgafA2aEBvQBhweOAf4BUewEhQSYAfUEADvtAsoGjAP0AQ",
    ],
);

/// Which real trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RealTrace {
    /// the load balancer's week (NAB)
    NabElb,
    /// the web server's week (NASA-HTTP)
    NasaHttp,
}

impl RealTrace {
    /// Its first time [Unix s] (the clock starts there).
    pub fn start_utc_s(self) -> i64 {
        match self {
            RealTrace::NabElb => 1_397_693_040, // 2014-04-17 00:04 (UTC as given)
            RealTrace::NasaHttp => 808_372_800, // 1995-08-14 00:00 EDT
        }
    }

    /// The trace, decoded once: every link written compares the scenario with each preset's
    /// (`PresetId::of`), and a clone shares the levels.
    pub fn trace(self) -> Trace {
        static DECODED: [OnceLock<Trace>; 2] = [OnceLock::new(), OnceLock::new()];
        let (k, (period_s, quantum_rps, data)) = match self {
            RealTrace::NabElb => (0, NAB_ELB),
            RealTrace::NasaHttp => (1, NASA_HTTP),
        };
        DECODED[k]
            .get_or_init(|| {
                let levels =
                    crate::trace_bytes::decode(&data.concat()).expect("the embedded traces are tested to decode");
                Trace { period_s, quantum_rps, levels: levels.into(), looped: true }
            })
            .clone()
    }
}
