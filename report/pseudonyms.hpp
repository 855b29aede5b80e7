#pragma once
// Names replaced, so a report or log can leave the room (a trainer's course material, a
// research data set). Decisions, documented in the export's help:
//
//  - Participants and observers become P1, P2, P3, ... in order of participant id, so the
//    same person has the same pseudonym in every format exported from one log.
//  - The gespreksleider becomes "Gespreksleider"/"Facilitator" (the label passed in), a
//    co-facilitator "Gespreksleider 2", ...: a review discusses the room, and the room
//    knows who led it, but the file need not carry the name.
//  - Every name a person ever had (joined, renamed) maps to their pseudonym.
//  - Free texts (statements, arguments, notes of tagged drogredenen, reasons for setting
//    the turn rules aside, the session title, request ids) are scrubbed too: each full
//    name, and each capitalised part of a name of three or more letters ("Eva" of "Eva
//    Smit", "Yılmaz"), as a whole word and case-sensitive. A part shared by people with
//    different pseudonyms becomes "P?". This errs towards replacing too much: "Bos" at the
//    start of a sentence about a forest is replaced too.
//
// It works on the event log, before the fold, so the state, the scoreboard and every
// format made from them carry only pseudonyms; nothing downstream needs to know.
#include <array>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.hpp"
#include "core/ids.hpp"
#include "core/message_catalog.hpp"

namespace lagerhuis::report {

class Pseudonyms {
public:
    // facilitator_label: "Gespreksleider" or "Facilitator" (report.pseudonym.facilitator).
    // `keep` keeps their own names (an access request: the others are pseudonyms); the
    // others get the pseudonyms they would get without it.
    static Pseudonyms from_log(std::span<const core::Event> events, std::string_view facilitator_label,
                               core::ParticipantId keep = {});

    // "P3", "Gespreksleider", or "P?" for an id the log never introduced.
    std::string of(core::ParticipantId id) const;
    // `text` with every real name replaced by its pseudonym (see above).
    std::string scrub(std::string_view text) const;
    // Whether `id`'s own names stay (from_log's `keep`).
    bool keeps(core::ParticipantId id) const { return !kept_.is_none() && id == kept_; }

private:
    struct Replacement {
        std::string name;
        std::string pseudonym;
    };
    void add_name(std::uint32_t id, const std::string& name);

    core::ParticipantId kept_;
    std::map<std::uint32_t, std::string> pseudonyms_;
    std::vector<Replacement> replacements_;                   // longest name first
    std::array<std::vector<std::size_t>, 256> by_first_byte_;  // indexes into replacements_
};

// The log with every name replaced: names in participant_joined, participant_renamed and
// session_created, and the free texts. Seq numbers, ids, times and everything the scores
// depend on stay as they were, so the pseudonymized log scores exactly the same.
std::vector<core::Event> pseudonymize(std::span<const core::Event> events, const Pseudonyms& names);
// The same, the gespreksleider labelled in `language` (report.pseudonym.facilitator).
std::vector<core::Event> pseudonymize(std::span<const core::Event> events, const core::MessageCatalog& messages,
                                      core::Language language, core::ParticipantId keep = {});

}  // namespace lagerhuis::report
