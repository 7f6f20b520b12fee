#!/bin/sh
# multihost.sh: isolation-score and account-report over several hosts
# with GNU parallel --sshlogin, the partial results merged, compared byte
# for byte with one process.
#
# The hosts are made here, on this machine: one network namespace each
# (ip netns), joined to this one by a veth pair with private test addresses
# that exist only on those two ends (10.213.N.1 here, 10.213.N.2 there),
# each running its own sshd on port 2222 with a host key and a client key
# made for the test.  The namespaces share the file system, so every host
# runs the programs of this build.  Everything is torn down at the end.
#
# usage: multihost.sh BIN TOOLS   (the build's bin and tools folders)
# Prints "multihost: N hosts: isolation-score identical" and the same for
# account-report, or "multihost: skipped: REASON" where the machine does
# not allow it (not root, no network namespaces, no sshd); exit 1 when a
# result differs.
set -u
bin=$(cd "$1" && pwd) tools=$(cd "$2" && pwd)
hosts=2
skip() { echo "multihost: skipped: $*"; exit 0; }
[ "$(id -u)" = 0 ] || skip "needs root for ip netns"
command -v ip >/dev/null 2>&1 || skip "no ip (apt-get install iproute2)"
[ -x /usr/sbin/sshd ] || skip "no sshd (apt-get install openssh-server)"
command -v parallel >/dev/null 2>&1 || skip "no GNU parallel"
work=$(mktemp -d)
ns_prefix=samen-t$$
# What a run that was killed left behind (its namespaces, their sshd, the
# veth ends) goes first: its pid is in the names.
for ns in $(ip netns list 2>/dev/null | sed -n 's/^\(samen-t[0-9]*-[0-9]*\).*/\1/p'); do
	pid=${ns#samen-t}
	pid=${pid%-*}
	kill -0 "$pid" 2>/dev/null && continue
	for p in $(ip netns pids "$ns" 2>/dev/null); do kill "$p" 2>/dev/null; done
	ip link del "sv$pid-${ns##*-}" 2>/dev/null
	ip netns del "$ns" 2>/dev/null
done
# a subnet of our own for each host: 10.213.N.0/30, N from the pid, so
# that two runs at once (two checkouts) do not meet
subnet=$(( ($$ % 120) * 2 ))
cleanup() {
	for pidf in "$work"/sshd.*.pid; do
		[ -f "$pidf" ] && kill "$(cat "$pidf")" 2>/dev/null
	done
	i=1
	while [ $i -le $hosts ]; do
		ip link del "sv$$-$i" 2>/dev/null
		ip netns del "$ns_prefix-$i" 2>/dev/null
		i=$((i + 1))
	done
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 2' HUP INT TERM

ssh-keygen -q -t ed25519 -N '' -f "$work/host_key" || exit 2
ssh-keygen -q -t ed25519 -N '' -f "$work/client_key" || exit 2
cp "$work/client_key.pub" "$work/authorized_keys"
logins=
i=1
while [ $i -le $hosts ]; do
	net=10.213.$((subnet + i))
	ns=$ns_prefix-$i addr=$net.2
	ip netns add "$ns" 2>/dev/null || skip "ip netns add is not allowed here"
	ip link add "sv$$-$i" type veth peer name eth0 netns "$ns" ||
	    skip "no veth pairs here"
	ip addr add "$net.1/30" dev "sv$$-$i"
	ip link set "sv$$-$i" up
	ip netns exec "$ns" ip addr add "$addr/30" dev eth0
	ip netns exec "$ns" ip link set eth0 up
	ip netns exec "$ns" ip link set lo up
	cat >"$work/sshd.$i.conf" <<CONF
ListenAddress $addr:2222
HostKey $work/host_key
AuthorizedKeysFile $work/authorized_keys
PidFile $work/sshd.$i.pid
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
CONF
	mkdir -p /run/sshd
	ip netns exec "$ns" /usr/sbin/sshd -f "$work/sshd.$i.conf" -E "$work/sshd.$i.log" ||
	    skip "sshd would not start: $(cat "$work/sshd.$i.log")"
	logins="$logins,root@$addr"
	i=$((i + 1))
done
logins=${logins#,}
ssh="ssh -p 2222 -i $work/client_key -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
# every host answers before the real run
for login in $(echo "$logins" | tr , ' '); do
	n=0
	until $ssh "$login" true 2>/dev/null; do
		n=$((n + 1))
		[ $n -lt 300 ] || { echo "multihost: $login does not answer"; exit 1; }
		sleep 0.1
	done
done

"$tools/gen-survey" --responses 20000 --seed 7 >"$work/survey.jsonl" || exit 2
"$tools/gen-ledger" --events 20000 --initiatives 40 --seed 7 >"$work/ledger.jsonl" || exit 2
status=0
compare() {
	name=$1 input=$2
	"$bin/$name" --partial "$input" | "$bin/$name" --merge >"$work/one.$name"
	# the hosts' own shell start-up may talk on stderr: kept apart
	parallel --will-cite --ssh "$ssh" -S "$logins" --pipe -k --block 1M \
	    "$bin/$name" --partial <"$input" 2>"$work/parallel.err" |
	    "$bin/$name" --merge >"$work/many.$name"
	if cmp -s "$work/one.$name" "$work/many.$name" &&
	    [ -s "$work/one.$name" ]; then
		echo "multihost: $hosts hosts: $name identical"
	else
		echo "multihost: $hosts hosts: $name DIFFERS"
		cat "$work/parallel.err"
		status=1
	fi
}
compare isolation-score "$work/survey.jsonl"
compare account-report "$work/ledger.jsonl"
# the work went to the hosts: each sshd logged a session
i=1
while [ $i -le $hosts ]; do
	grep -q 'Accepted publickey' "$work/sshd.$i.log" 2>/dev/null ||
	    { echo "multihost: host $i ran nothing"; status=1; }
	i=$((i + 1))
done
exit $status
