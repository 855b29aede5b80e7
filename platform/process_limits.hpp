#pragma once
// Every participant is a socket: a room of thousands needs more than the usual soft limit
// of 1024 open files on POSIX, so a host raises it to what the system allows this user.
// Windows has no such limit on sockets: nothing to do there.
namespace lagerhuis::platform {

void raise_open_file_limit();

}  // namespace lagerhuis::platform
