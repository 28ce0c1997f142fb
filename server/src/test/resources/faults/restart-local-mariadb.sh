#!/bin/sh
# Restarts the machine's MariaDB (started as /usr/sbin/mariadbd by user mysql): a real stop and start.
mysqladmin --protocol=tcp -h127.0.0.1 -uroot shutdown || exit 1
sleep 2
setsid runuser -u mysql -- /usr/sbin/mariadbd >/dev/null 2>&1 < /dev/null &
for i in $(seq 1 60); do
  mysql --protocol=tcp -h127.0.0.1 -uroot -N -e "SET GLOBAL max_connections = 500" 2>/dev/null && exit 0
  sleep 1
done
exit 1
