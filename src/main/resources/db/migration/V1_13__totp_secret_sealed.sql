-- The TOTP secret is stored encrypted (v1: + base64 of IV, ciphertext and tag: 83 characters for a 32-character secret).
alter table app_user alter column totp_secret set data type varchar(200);
