// `lagerhuis erase FILE --participant ID|NAME`: the right to erasure for one person of a
// closed session. Their name becomes a pseudonym everywhere, the free texts attached to
// them go (core/erasure.hpp), notes the trainer pinned to their arguments go, their device
// token's hash goes; the debate replays and scores as before. The file records when and
// under which pseudonym, not who. Refuses, changing nothing: a file that is no session,
// an unknown participant, a read-only file, a file a host has open.

#include <iostream>

#include "cli/cli_support.hpp"
#include "cli/privacy_refusals.hpp"
#include "cli/subcommands.hpp"
#include "core/apply.hpp"
#include "core/erasure.hpp"
#include "core/participant_lookup.hpp"
#include "platform/utf8_path.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::cli {
namespace {

struct EraseOptions {
    std::string file;
    std::string participant;
    std::string language;
    std::string assets;
};

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
    const auto assets = load_assets_or_fail("erase", options.assets);
    const CliTexts say(assets.messages, language_or(options.language, core::Language::nl));
    const Refusing refusing{"erase", say, "cli.nothing_changed"};
    refuse_unless_session(refusing, options.file);
    refuse_if_in_use(refusing, options.file);
    std::vector<core::Event> log;
    std::vector<store::Annotation> notes;
    {
        auto reader = store::SessionFile::open_read_only(platform::path_from_utf8(options.file));
        if (!reader) refusing.fail_with("cli.not_a_session", {{"file", options.file}, {"detail", reader.error().problem}});
        auto events = reader->load_events();
        if (!events) refusing.fail_with("cli.not_a_session", {{"file", options.file}, {"detail", events.error().problem}});
        auto stored = reader->annotations();
        if (!stored) refusing.fail_with("cli.not_a_session", {{"file", options.file}, {"detail", stored.error().problem}});
        log = std::move(events).value();
        notes = std::move(stored).value();
    }
    const core::State state = core::fold(log);
    const core::ParticipantId who = core::find_participant(state, log, options.participant);
    if (who.is_none()) refusing.fail_with("cli.unknown_participant", {{"file", options.file}, {"participant", options.participant}});
    refuse_if_read_only(refusing, options.file);
    const std::string pseudonym = core::pseudonym_for(state, who);
    auto erased = core::erase_participant(log, who, pseudonym);
    store::LogRewrite rewrite = notes_rewrite(notes, state, who, erased.names, pseudonym);
    rewrite.events = std::move(erased.changed);
    rewrite.forget_token_of = who.value;
    rewrite.pseudonym = pseudonym;

    auto writer = store::SessionFile::open(platform::path_from_utf8(options.file), {.program = "lagerhuis erase", .create = false});
    if (!writer) refusing.fail_with("cli.file_in_use", {{"file", options.file}, {"holder", writer.error().problem}});
    if (writer->last_seq() != log.size()) refusing.fail_with("cli.erase.changed_meanwhile", {{"file", options.file}});
    if (auto problem = writer->rewrite(rewrite)) fail("erase", problem->message());
    if (auto problem = writer->close()) fail("erase", problem->message());
    std::cout << say("cli.erase.done", {{"participant", std::to_string(who.value)},
                                        {"pseudonym", pseudonym},
                                        {"n_events", std::to_string(rewrite.events.size())},
                                        {"n_notes", std::to_string(rewrite.notes.size() + rewrite.notes_removed.size())}})
              << '\n';
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
    add_language_option(*command, options->language);
    add_assets_option(*command, options->assets);
    command->callback([options] { erase(*options); });
}

}  // namespace lagerhuis::cli
