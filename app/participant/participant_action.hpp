#pragma once
// What the participant screen asks for, as values: panels append these, the app carries
// them out (participant_app.cpp). A test draws a panel and reads what it appended.
#include <variant>
#include <vector>

#include "app/participant/participant_snapshot.hpp"
#include "core/command.hpp"

namespace lagerhuis::app {

struct JoinAction {
    std::string code;
    std::string name;
};
// A participant command for the host; its answer is shown in `area`.
struct CommandAction {
    NoticeArea area = NoticeArea::global;
    core::CommandBody body;
};
struct DismissAction {
    NoticeArea area = NoticeArea::global;
};
struct LanguageAction {
    core::Language language = core::Language::nl;
};
struct SignOutAction {};
// After the host said goodbye: try again now (the client gives up by itself then).
struct ReconnectAction {};

using ParticipantAction =
    std::variant<JoinAction, CommandAction, DismissAction, LanguageAction, SignOutAction, ReconnectAction>;
using ParticipantActions = std::vector<ParticipantAction>;

}  // namespace lagerhuis::app
