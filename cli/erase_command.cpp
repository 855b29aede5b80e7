// `lagerhuis erase FILE --participant ID|NAME`: the right to erasure for one person of a
// closed session. Their name becomes a pseudonym everywhere, the free texts attached to
// them go (core/erasure.hpp), notes the trainer pinned to their arguments go, their device
// token's hash goes; the debate replays and scores as before. The file records when and
// under which pseudonym, not who. Refuses, changing nothing: a file that is no session,
// an unknown participant, a read-only file, a file a host has open.

#include <iostream>

#include "cli/cli_support.hpp"
#include "cli/subcommands.hpp"
#include "core/apply.hpp"
#include "core/erasure.hpp"
#include "core/participant_lookup.hpp"
#include "platform/file_access.hpp"
#include "platform/utf8_path.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::cli {
namespace {

struct EraseOptions {
    std::string file;
    std::string participant;
};

// Marked read-only (also for root, who could write it anyway) or on read-only media.
bool read_only(const std::string& file) {
    namespace fs = std::filesystem;
    std::error_code error;
    const auto permissions = fs::status(platform::path_from_utf8(file), error).permissions();
    const auto writable = fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
    return error || (permissions & writable) == fs::perms::none || !platform::may_write(platform::path_from_utf8(file));
}

store::LogRewrite notes_rewrite(const std::vector<store::Annotation>& notes, const core::State& state, core::ParticipantId who,
                                const std::vector<std::string>& names, const std::string& pseudonym) {
    store::LogRewrite rewrite;
    for (const auto& note : notes) {
        const core::Argument* argument = note.argument.is_none() ? nullptr : state.argument(note.argument);
        if (argument && argument->speaker == who) {
            rewrite.notes_removed.push_back(note.id);
            continue;
        }
        auto changed = note;
        changed.text = core::scrubbed(note.text, names, pseudonym);
        changed.author = core::scrubbed(note.author, names, pseudonym);
        if (changed.text != note.text || changed.author != note.author) rewrite.notes.push_back(std::move(changed));
    }
    return rewrite;
}

void erase(const EraseOptions& options) {
    constexpr std::string_view command = "erase";
    const std::string nothing = "; nothing was changed";
    std::vector<core::Event> log;
    std::vector<store::Annotation> notes;
    {
        auto reader = store::SessionFile::open_read_only(platform::path_from_utf8(options.file));
        if (!reader) fail(command, reader.error().message() + nothing);
        auto events = reader->load_events();
        if (!events) fail(command, events.error().message() + nothing);
        auto stored = reader->annotations();
        if (!stored) fail(command, stored.error().message() + nothing);
        log = std::move(events).value();
        notes = std::move(stored).value();
    }
    const core::State state = core::fold(log);
    const core::ParticipantId who = core::find_participant(state, log, options.participant);
    if (who.is_none())
        fail(command, options.file + ": no participant '" + options.participant +
                          "' in this session (give their number or a name they had; lagerhuis privacy lists how many)" + nothing);
    if (read_only(options.file))
        fail(command, options.file + ": the file is read-only; copy it somewhere writable or make it writable first" + nothing);
    const std::string pseudonym = core::pseudonym_for(state, who);
    auto erased = core::erase_participant(log, who, pseudonym);
    store::LogRewrite rewrite = notes_rewrite(notes, state, who, erased.names, pseudonym);
    rewrite.events = std::move(erased.changed);
    rewrite.forget_token_of = who.value;
    rewrite.pseudonym = pseudonym;

    auto writer = store::SessionFile::open(platform::path_from_utf8(options.file), {.program = "lagerhuis erase", .create = false});
    if (!writer) fail(command, writer.error().message() + nothing);
    if (writer->last_seq() != log.size()) fail(command, options.file + ": the session changed while reading it; run again" + nothing);
    if (auto problem = writer->rewrite(rewrite)) fail(command, problem->message());
    if (auto problem = writer->close()) fail(command, problem->message());
    std::cout << "Erased participant " << who.value << ": now '" << pseudonym << "' (" << rewrite.events.size()
              << " events and " << rewrite.notes.size() + rewrite.notes_removed.size() << " notes rewritten)\n";
}

}  // namespace

void register_erase(CLI::App& app) {
    auto options = std::make_shared<EraseOptions>();
    auto* command = app.add_subcommand("erase", "Erase one participant's name and free texts from a closed session");
    command->footer(
        "Their name becomes a pseudonym (\"Deelnemer 7\") in the whole file, the texts typed for\n"
        "their arguments, notes on their drogredenen and notes pinned to them go; the debate\n"
        "replays and scores as before. Afterwards the name is in neither the file, its -wal nor\n"
        "its free pages. Only on a file no host has open.");
    command->add_option("FILE", options->file, "The session file (.lagerhuis)")->required()->check(existing_file());
    command->add_option("--participant", options->participant, "Their number or a name they had")->required();
    command->callback([options] { erase(*options); });
}

}  // namespace lagerhuis::cli
