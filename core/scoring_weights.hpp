#pragma once
// The transparent rules behind an argument's base score (domain.md, "Scoring"). Loaded
// from assets/scoring.ini and recorded in the session, so a session scores the same on
// every machine; scoring with other weights is an explicit "what if".
#include "enums.hpp"

namespace lagerhuis::core {

struct ScoringWeights {
    double neutral = 0.5;  // where every argument starts

    // Support by evidence raises the base score.
    double evidence_example = 0.10;
    double evidence_fact = 0.15;
    double evidence_expert = 0.15;
    double evidence_experience = 0.10;
    double evidence_value = 0.05;

    double confirmed_fallacy = -0.20;  // per distinct confirmed drogreden
    double pending_flag = -0.03;       // per flag still waiting for a decision ...
    double pending_flag_cap = -0.15;   // ... but never more than this in total
    double appreciation = 0.02;        // per "convincing" mark ...
    double appreciation_cap = 0.20;    // ... up to this in total
    double irrelevant = -0.30;         // marked irrelevant by the gespreksleider
    double far_overtime = -0.05;       // the turn ran far over its limit ...
    double far_overtime_ratio = 1.5;   // ... meaning longer than this times the limit

    double evidence(EvidenceKind kind) const {
        switch (kind) {
            case EvidenceKind::none: return 0.0;
            case EvidenceKind::example: return evidence_example;
            case EvidenceKind::fact: return evidence_fact;
            case EvidenceKind::expert: return evidence_expert;
            case EvidenceKind::experience: return evidence_experience;
            case EvidenceKind::value: return evidence_value;
        }
        return 0.0;
    }

    friend bool operator==(const ScoringWeights&, const ScoringWeights&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("neutral", s.neutral);
        f("evidence_example", s.evidence_example);
        f("evidence_fact", s.evidence_fact);
        f("evidence_expert", s.evidence_expert);
        f("evidence_experience", s.evidence_experience);
        f("evidence_value", s.evidence_value);
        f("confirmed_fallacy", s.confirmed_fallacy);
        f("pending_flag", s.pending_flag);
        f("pending_flag_cap", s.pending_flag_cap);
        f("appreciation", s.appreciation);
        f("appreciation_cap", s.appreciation_cap);
        f("irrelevant", s.irrelevant);
        f("far_overtime", s.far_overtime);
        f("far_overtime_ratio", s.far_overtime_ratio);
    }
};

}  // namespace lagerhuis::core
