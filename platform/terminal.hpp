#pragma once
// Whether a person watches the error stream (a progress line is drawn only for one), and
// making the console show UTF-8 (Windows' console assumes an old code page otherwise, and
// "Zoë" comes out as "ZoÃ«").
namespace lagerhuis::platform {

bool error_stream_is_terminal();
// Whether a person can answer on the input stream (a confirmation is asked only then).
bool input_is_terminal();
void use_utf8_console();

}  // namespace lagerhuis::platform
