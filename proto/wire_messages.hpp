#pragma once
// Every message of the wire protocol, version 1 (docs/protocol.md), as structs with
// `fields` visitors, so one generic codec (wire_codec.hpp) reads and writes them all.
// On the wire a message is {"type": <type_name>, ...its fields}.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <boost/json/object.hpp>

#include "core/command.hpp"
#include "core/event.hpp"
#include "core/fallacy_catalog.hpp"
#include "core/refusal.hpp"
#include "proto/json_envelope.hpp"
#include "proto/participant_view.hpp"
#include "proto/wire_reason.hpp"

namespace lagerhuis::proto {

inline constexpr int protocol_version = 1;
// Larger frames are refused before they are parsed: a command is well under 1 KiB.
inline constexpr std::size_t max_client_frame_bytes = 16 * 1024;

// [SECTION] Client to host
struct Hello {
    static constexpr std::string_view type_name = "hello";
    int protocol = protocol_version;
    std::string client;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("protocol", s.protocol); f("client", s.client); }
};
struct JoinRequest {
    static constexpr std::string_view type_name = "join";
    std::string code;
    std::string name;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("code", s.code); f("name", s.name); }
};
struct FacilitateRequest {
    static constexpr std::string_view type_name = "facilitate";
    std::string secret;
    std::string name;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("secret", s.secret); f("name", s.name); }
};
struct ResumeRequest {
    static constexpr std::string_view type_name = "resume";
    std::string token;
    core::Seq seq = 0;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("token", s.token); f("seq", s.seq); }
};
// {"type":"command","request_id":"c-3","command":"take_seat","body":{...}}
struct CommandRequest {
    static constexpr std::string_view type_name = "command";
    std::string request_id;
    core::CommandBody body;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("request_id", s.request_id); f("command", VariantType{s.body}); f("body", VariantBody{s.body});
    }
};
struct Ping {
    static constexpr std::string_view type_name = "ping";
    double client_ms = 0;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("client_ms", s.client_ms); }
};
struct ViewHashRequest {
    static constexpr std::string_view type_name = "view_hash";
    template <class S, class F>
    static void fields(S&, F&&) {}
};
// A second device of someone in the session (the name was taken: it is theirs) asks to
// go on as them. The participant's connected device or a gespreksleider allows it.
struct TakeOverRequest {
    static constexpr std::string_view type_name = "take_over";
    std::string code;
    std::string name;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("code", s.code); f("name", s.name); }
};
// From the asked participant's device (about its own seat) or a gespreksleider's.
struct TakeOverAnswer {
    static constexpr std::string_view type_name = "take_over_answer";
    std::uint32_t request = 0;
    bool allow = false;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("request", s.request); f("allow", s.allow); }
};

using ClientMessage = std::variant<Hello, JoinRequest, FacilitateRequest, ResumeRequest, CommandRequest, Ping,
                                   ViewHashRequest, TakeOverRequest, TakeOverAnswer>;

// [SECTION] Host to client
struct Welcome {
    static constexpr std::string_view type_name = "welcome";
    int protocol = protocol_version;
    std::string title;
    core::Language language = core::Language::nl;
    core::Millis host_ms = 0;
    core::FallacyCatalog catalog;
    // Set (true) in an anonymous room: the page asks no name, the host gives one.
    std::optional<bool> anonymous_room;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("protocol", s.protocol); f("title", s.title); f("language", s.language); f("host_ms", s.host_ms);
        f("catalog", s.catalog); f("anonymous_room", s.anonymous_room);
    }
};
struct Joined {
    static constexpr std::string_view type_name = "joined";
    core::ParticipantId participant;
    std::string name;
    core::Role role = core::Role::participant;
    std::string token;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); f("name", s.name); f("role", s.role); f("token", s.token); }
};
// Participants get `view` and `me`; facilitators get `events`. A facilitator's log comes
// in parts of bounded size: every part but the last has `more` (true) and `seq` = its last
// event; the host sends the next part once this one has left its queue.
struct Snapshot {
    static constexpr std::string_view type_name = "snapshot";
    core::Seq seq = 0;
    std::optional<boost::json::object> view;
    std::optional<PersonalView> me;
    std::optional<std::vector<core::Event>> events;
    std::optional<bool> more;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("seq", s.seq); f("view", s.view); f("me", s.me); f("events", s.events); f("more", s.more);
    }
    bool continues() const { return more.value_or(false); }
};
// `view` holds only the sections that changed since the previous batch.
struct Batch {
    static constexpr std::string_view type_name = "batch";
    core::Seq from = 0;
    core::Seq seq = 0;
    std::optional<boost::json::object> view;
    std::optional<std::vector<core::Event>> events;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("from", s.from); f("seq", s.seq); f("view", s.view); f("events", s.events); }
};
struct PersonalUpdate {
    static constexpr std::string_view type_name = "me";
    core::Seq seq = 0;
    PersonalView me;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("seq", s.seq); f("me", s.me); }
};
struct Ack {
    static constexpr std::string_view type_name = "ack";
    std::string request_id;
    core::Seq seq = 0;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("request_id", s.request_id); f("seq", s.seq); }
};
struct Refused {
    static constexpr std::string_view type_name = "refused";
    std::string request_id;
    core::Refusal reason;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("request_id", s.request_id); f("reason", s.reason); }
};
struct WireError {
    static constexpr std::string_view type_name = "error";
    WireReason reason;
    std::optional<std::string> request_id;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("reason", s.reason); f("request_id", s.request_id); }
};
struct Pong {
    static constexpr std::string_view type_name = "pong";
    double client_ms = 0;
    core::Millis host_ms = 0;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("client_ms", s.client_ms); f("host_ms", s.host_ms); }
};
struct ViewHashReply {
    static constexpr std::string_view type_name = "view_hash";
    core::Seq seq = 0;
    std::string hash;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("seq", s.seq); f("hash", s.hash); }
};
// To the device that asked to take over: its request waits for an answer;
// `device_asked`: the participant's other device is connected and was asked.
struct TakeOverWaiting {
    static constexpr std::string_view type_name = "take_over_waiting";
    std::uint32_t request = 0;
    std::string name;
    bool device_asked = false;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("request", s.request); f("name", s.name); f("device_asked", s.device_asked); }
};
// To the participant's connected device: another device asks to go on as them.
struct TakeOverAsked {
    static constexpr std::string_view type_name = "take_over_asked";
    std::uint32_t request = 0;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("request", s.request); }
};
struct Bye {
    static constexpr std::string_view type_name = "bye";
    WireReason reason;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("reason", s.reason); }
};

using ServerMessage = std::variant<Welcome, Joined, Snapshot, Batch, PersonalUpdate, Ack, Refused, WireError, Pong,
                                   ViewHashReply, TakeOverWaiting, TakeOverAsked, Bye>;

}  // namespace lagerhuis::proto
