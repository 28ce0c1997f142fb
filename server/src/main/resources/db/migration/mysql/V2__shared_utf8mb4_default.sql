-- Camunda's tables (V1) declare utf8 (3 bytes) explicitly. Everything created from here on inherits
-- utf8mb4 with a binary collation, so rare CJK characters in names (生僻字, e.g. 𠮷) are stored unchanged.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
