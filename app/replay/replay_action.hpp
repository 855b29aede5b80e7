#pragma once
// What the trainer asks of the replay viewer, as values: panels append these and the
// viewer carries them out (replay_app.cpp), so a test draws, clicks and reads them.
#include <cstdint>
#include <variant>
#include <vector>

#include "core/enums.hpp"
#include "core/ids.hpp"
#include "store/annotation.hpp"

namespace lagerhuis::app {

struct SeekTo {
    core::Millis at_ms = 0;
};
struct AddNote {
    store::Annotation note;
};
struct RemoveNote {
    std::int64_t id = 0;
};
enum class ExportFormat : unsigned char { html, csv };
struct StartExport {
    ExportFormat format = ExportFormat::html;
};
struct ReplayLanguage {
    core::Language language = core::Language::nl;
};

using ReplayAction = std::variant<SeekTo, AddNote, RemoveNote, StartExport, ReplayLanguage>;
using ReplayActions = std::vector<ReplayAction>;

}  // namespace lagerhuis::app
