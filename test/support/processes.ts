import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/*
 * What the operating system says about the server's processes and connections (Linux's /proc),
 * for the suites about worker processes: nothing the server tells its clients reveals a pid.
 */

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The parent of `pid`, from /proc/<pid>/stat ("pid (name) state ppid …"). */
export function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** The inodes of the sockets `pid` has open. */
function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match?.[1]) inodes.add(match[1]);
    } catch {
      // closed meanwhile
    }
  }
  return inodes;
}

/**
 * Which of `pids` holds the server's end of each TCP connection from `clientPorts` to
 * `serverPort`: the process that answers on it.
 */
export function connectionOwners(
  serverPort: number,
  clientPorts: number[],
  pids: number[],
): Map<number, number> {
  const port = (address: string) => Number.parseInt(address.split(":")[1] ?? "", 16);
  const inodeOfClientPort = new Map<number, string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [local, remote, inode] = [fields[1], fields[2], fields[9]];
      if (!local || !remote || !inode) continue;
      if (port(local) === serverPort && clientPorts.includes(port(remote))) {
        inodeOfClientPort.set(port(remote), inode);
      }
    }
  }
  const owners = new Map<number, number>();
  for (const pid of pids) {
    const inodes = socketInodes(pid);
    for (const [clientPort, inode] of inodeOfClientPort) if (inodes.has(inode)) owners.set(clientPort, pid);
  }
  return owners;
}
