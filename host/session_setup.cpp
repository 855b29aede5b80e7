#include "host/session_setup.hpp"

namespace lagerhuis::host {

namespace {

std::optional<std::string> run(SessionHost& host, core::ParticipantId actor, core::CommandBody body, const std::string& step) {
    const LocalOutcome outcome = host.submit_local(actor, std::move(body)).get();
    if (outcome.refusal) return step + ": refused (" + std::string(core::to_string(outcome.refusal->code)) + ")";
    if (outcome.failure) return step + ": " + *outcome.failure;
    return std::nullopt;
}

}  // namespace

std::optional<std::string> set_up_session(SessionHost& host, bool already_created, const SessionSetup& setup) {
    if (already_created) return std::nullopt;
    if (auto problem = run(host, {}, core::CreateSession{setup.config, setup.facilitator_name}, "creating the session"))
        return problem;
    for (const auto& text : setup.statements)
        if (auto problem = run(host, session_facilitator, core::AddStatement{text}, "adding a statement")) return problem;
    if (setup.open_first && !setup.statements.empty())
        return run(host, session_facilitator, core::OpenStatement{core::StatementId{1}}, "opening the first statement");
    return std::nullopt;
}

}  // namespace lagerhuis::host
