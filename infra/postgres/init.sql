-- One database per service (architecture §2: no service reads another's database).
CREATE DATABASE onboarding;
CREATE DATABASE kyc;
CREATE DATABASE terminal;
CREATE DATABASE settlement;
CREATE DATABASE deposit;
