import { codeList, e } from './code-list';

/** Where a case stands. The allowed moves between these are in `caseWorkflow` (contracts/cases.ts). */
export const caseStatus = codeList([
  e('reported', 'Dilaporkan', 'Reported', 'Dilaporkan', 'Active'),
  e('verified', 'Terverifikasi', 'Verified', 'Disahkan', 'Active'),
  e('investigation', 'Penyidikan', 'Investigation', 'Siasatan', 'Active'),
  e('prosecution', 'Penuntutan', 'Prosecution', 'Pendakwaan', 'Active'),
  e('court_decision', 'Putusan pengadilan', 'Court decision', 'Keputusan mahkamah', 'Follow Up'),
  e('closed', 'Ditutup', 'Closed', 'Ditutup', 'Closed'),
  e('closed_referred', 'Ditutup — dirujuk', 'Closed — referred', 'Ditutup — dirujuk', 'Closed Referred'),
]);

/** How a case came to light. */
export const discoveryChannel = codeList([
  e('port_check', 'Pemeriksaan di pelabuhan resmi', 'Check at an official port', 'Pemeriksaan di pelabuhan rasmi'),
  e('patrol', 'Patroli (laut/darat)', 'Patrol (sea/land)', 'Rondaan (laut/darat)'),
  e('tip', 'Laporan masyarakat', 'Community tip', 'Maklumat orang awam'),
  e('deportee_screening', 'Skrining deportan', 'Deportee screening', 'Saringan orang yang diusir'),
  e('complaint', 'Pengaduan korban/keluarga', 'Complaint by victim or family', 'Aduan mangsa/keluarga'),
  e('referral_malaysia', 'Rujukan dari Malaysia', 'Referral from Malaysia', 'Rujukan dari Malaysia'),
  e('referral_agency', 'Rujukan instansi lain', 'Referral from another agency', 'Rujukan agensi lain'),
  e('investigation', 'Pengembangan penyidikan', 'Follow-up of an investigation', 'Susulan siasatan'),
  e('media', 'Pemberitaan media', 'Media report', 'Laporan media'),
  e('other', 'Lainnya', 'Other', 'Lain-lain'),
]);

/**
 * How carefully a case is handled. `sensitive`: minors or sexual exploitation involved.
 * `restricted`: officials implicated or a covert investigation; visible only to the owning agency
 * and agencies it is explicitly shared with (not to province-wide coordinators).
 */
export const sensitivity = codeList([
  e('standard', 'Biasa', 'Standard', 'Biasa'),
  e('sensitive', 'Sensitif', 'Sensitive', 'Sensitif'),
  e('restricted', 'Terbatas', 'Restricted', 'Terhad'),
]);

export const personRole = codeList([
  e('victim', 'Korban', 'Victim', 'Mangsa'),
  e('suspect', 'Tersangka/pelaku', 'Suspect', 'Suspek'),
  e('witness', 'Saksi', 'Witness', 'Saksi'),
  e('reporter', 'Pelapor', 'Reporter', 'Pelapor'),
]);

/** HTCDS vic_TraffickingStatus. */
export const traffickingStatus = codeList([
  e('possible', 'Diduga korban', 'Possible victim', 'Disyaki mangsa', 'Possible victim'),
  e('actual', 'Korban (ditetapkan)', 'Actual victim', 'Mangsa (disahkan)', 'Actual victim'),
  e('not_victim', 'Bukan korban TPPO', 'Not a victim of trafficking', 'Bukan mangsa pemerdagangan', 'Not a victim of trafficking'),
]);

/** HTCDS vic_TraffickingStatusDecisionMakingOrg. */
export const statusDecisionOrg = codeList([
  e('police', 'Kepolisian', 'Police', 'Polis', 'Police'),
  e('ngo', 'LSM', 'NGO', 'NGO', 'NGO'),
  e('court_or_prosecution', 'Pengadilan/kejaksaan', 'Court or prosecution', 'Mahkamah/pendakwaan', 'Court or prosecution'),
  e('non_police_government', 'Instansi pemerintah non-polisi', 'Non-police government organisation', 'Agensi kerajaan bukan polis', 'Non-police governmental organization'),
  e('other', 'Lainnya', 'Other', 'Lain-lain', 'Other'),
]);

/** HTCDS per_RoleInProcess; `recruiter` is the tekong or calo of Kepri. */
export const perpetratorRole = codeList([
  e('recruiter', 'Perekrut/perantara (tekong, calo)', 'Recruiter or intermediary (tekong, calo)', 'Perekrut/orang tengah (tekong, calo)', 'Recruiter Or Intermediary'),
  e('broker_travel_agent', 'Agen perjalanan/penyalur', 'Broker or travel agent', 'Ejen pelancongan/penyalur', 'Broker Travel Agent'),
  e('transporter', 'Pengangkut (tekong kapal)', 'Transporter (boat operator)', 'Pengangkut (tekong bot)', 'Transporter'),
  e('harbourer', 'Penampung/penerima/pembeli', 'Harbourer, receiver or buyer', 'Penampung/penerima/pembeli', 'Transferred / Harboured / Sold / Bought / Received / Controlled Individual'),
  e('exploiter', 'Pengeksploitasi/majikan', 'Exploiter or employer', 'Pengeksploitasi/majikan', 'Exploiter'),
  e('smuggler', 'Penyelundup', 'Smuggler', 'Penyeludup', 'Smuggler'),
  e('abuser', 'Pelaku kekerasan', 'Abuser', 'Pendera', 'Abuser'),
  e('kidnapper', 'Penculik', 'Kidnapper', 'Penculik', 'Kidnapper'),
  e('travelling_partner', 'Teman perjalanan', 'Travelling partner', 'Rakan perjalanan', 'Travelling Partner'),
  e('official_facilitator', 'Oknum pejabat yang memfasilitasi', 'Official who facilitated', 'Pegawai yang memudahkan', 'Other'),
  e('other', 'Lainnya', 'Other', 'Lain-lain', 'Other'),
]);

/** HTCDS vic_MethodsOfControl (Field Definitions 2.0). */
export const meansOfControl = codeList([
  e('debt_bondage', 'Jeratan utang', 'Debt bondage', 'Ikatan hutang', 'Debt bondage'),
  e('takes_earnings', 'Mengambil penghasilan', 'Takes earnings', 'Mengambil pendapatan', 'Takes earnings'),
  e('restricts_financial_access', 'Membatasi akses keuangan', 'Restricts financial access', 'Menyekat akses kewangan', 'Restricts financial access'),
  e('physical_threats', 'Ancaman fisik', 'Physical threats', 'Ugutan fizikal', 'Physical threats'),
  e('threatens_family', 'Mengancam anak/keluarga', 'Threatens children or family', 'Mengugut anak/keluarga', 'Threatens children/family'),
  e('threat_of_law_enforcement', 'Ancaman dilaporkan ke aparat/imigrasi', 'Threat of police or immigration', 'Ugutan dilaporkan kepada pihak berkuasa/imigresen', 'Threats of law enforcement'),
  e('psychological_abuse', 'Kekerasan psikis', 'Psychological abuse', 'Penderaan psikologi', 'Psychological abuse'),
  e('physical_abuse', 'Kekerasan fisik', 'Physical abuse', 'Penderaan fizikal', 'Physical abuse'),
  e('sexual_abuse', 'Kekerasan seksual', 'Sexual abuse', 'Penderaan seksual', 'Sexual abuse'),
  e('false_promises', 'Janji palsu', 'False promises', 'Janji palsu', 'False promises'),
  e('psychoactive_substances', 'Zat psikoaktif', 'Psychoactive substances', 'Bahan psikoaktif', 'Psychoactive substance'),
  e('restricts_movement', 'Membatasi gerak/mengisolasi', 'Restricts movement or isolates', 'Menyekat pergerakan/mengasingkan', 'Other'),
  e('restricts_medical_care', 'Membatasi layanan kesehatan', 'Restricts medical care', 'Menyekat rawatan perubatan', 'Restricts medical care'),
  e('excessive_working_hours', 'Jam kerja berlebihan', 'Excessive working hours', 'Waktu kerja berlebihan', 'Excessive working hours'),
  e('uses_children', 'Memanfaatkan anak', 'Uses children', 'Menggunakan kanak-kanak', 'Other'),
  e('withholds_necessities', 'Menahan kebutuhan dasar', 'Withholds necessities', 'Menahan keperluan asas', 'Withholds necessities'),
  e('withholds_documents', 'Menahan dokumen (paspor, KTP)', 'Withholds documents (passport, ID)', 'Menahan dokumen (pasport, kad pengenalan)', 'Withholds documents'),
  e('other', 'Lainnya', 'Other', 'Lain-lain', 'Other'),
]);

/** HTCDS vic_TypeOfExploitation. */
export const exploitationType = codeList([
  e('forced_labour', 'Kerja paksa', 'Forced labour', 'Buruh paksa', 'Forced labour'),
  e('sexual_exploitation', 'Eksploitasi seksual', 'Sexual exploitation', 'Eksploitasi seksual', 'Sexual exploitation'),
  e('child_labour', 'Pekerja anak', 'Child labour', 'Buruh kanak-kanak', 'Child labour'),
  e('forced_marriage', 'Kawin paksa', 'Forced marriage', 'Kahwin paksa', 'Forced marriage'),
  e('servitude', 'Perbudakan/penghambaan (termasuk PRT)', 'Servitude (incl. domestic)', 'Perhambaan (termasuk pembantu rumah)', 'Servitude'),
  e('forced_criminality', 'Dipaksa melakukan kejahatan (mis. penipuan daring)', 'Forced criminality (e.g. online scams)', 'Dipaksa melakukan jenayah (cth. penipuan dalam talian)', 'Other'),
  e('forced_begging', 'Dipaksa mengemis', 'Forced begging', 'Dipaksa mengemis', 'Forced begging'),
  e('organ_removal', 'Pengambilan organ', 'Organ removal', 'Pengambilan organ', 'Organ removal'),
  e('forced_military', 'Dipaksa jadi kombatan (aktor non-negara)', 'Forced military (non-state actors)', 'Dipaksa menjadi kombatan (bukan negara)', 'Forced military (by non-state actors)'),
  e('forced_adoption', 'Adopsi paksa', 'Forced adoption', 'Pengambilan anak angkat secara paksa', 'Forced adoption'),
  e('surrogacy', 'Surogasi', 'Surrogacy', 'Ibu tumpang', 'Surrogacy'),
  e('other', 'Lainnya', 'Other', 'Lain-lain', 'Other'),
]);

/** ISIC Rev.4 sections, as HTCDS vic_ForcedLabourIndustry uses them. */
export const isicSection = codeList([
  e('A', 'A — Pertanian, kehutanan, perikanan', 'A — Agriculture, forestry and fishing', 'A — Pertanian, perhutanan dan perikanan', 'A'),
  e('B', 'B — Pertambangan dan penggalian', 'B — Mining and quarrying', 'B — Perlombongan dan pengkuarian', 'B'),
  e('C', 'C — Industri pengolahan', 'C — Manufacturing', 'C — Pembuatan', 'C'),
  e('D', 'D — Listrik, gas, uap', 'D — Electricity, gas, steam', 'D — Elektrik, gas, wap', 'D'),
  e('E', 'E — Air, limbah, daur ulang', 'E — Water supply, sewerage, waste', 'E — Bekalan air, pembetungan, sisa', 'E'),
  e('F', 'F — Konstruksi', 'F — Construction', 'F — Pembinaan', 'F'),
  e('G', 'G — Perdagangan besar dan eceran', 'G — Wholesale and retail trade', 'G — Perdagangan borong dan runcit', 'G'),
  e('H', 'H — Transportasi dan pergudangan', 'H — Transportation and storage', 'H — Pengangkutan dan penyimpanan', 'H'),
  e('I', 'I — Akomodasi dan makan minum', 'I — Accommodation and food service', 'I — Penginapan dan perkhidmatan makanan', 'I'),
  e('J', 'J — Informasi dan komunikasi', 'J — Information and communication', 'J — Maklumat dan komunikasi', 'J'),
  e('K', 'K — Jasa keuangan dan asuransi', 'K — Financial and insurance', 'K — Kewangan dan insurans', 'K'),
  e('L', 'L — Real estat', 'L — Real estate', 'L — Hartanah', 'L'),
  e('M', 'M — Jasa profesional, ilmiah, teknis', 'M — Professional, scientific, technical', 'M — Profesional, saintifik, teknikal', 'M'),
  e('N', 'N — Jasa persewaan dan penunjang usaha', 'N — Administrative and support services', 'N — Pentadbiran dan sokongan', 'N'),
  e('O', 'O — Administrasi pemerintahan', 'O — Public administration', 'O — Pentadbiran awam', 'O'),
  e('P', 'P — Pendidikan', 'P — Education', 'P — Pendidikan', 'P'),
  e('Q', 'Q — Kesehatan dan kegiatan sosial', 'Q — Health and social work', 'Q — Kesihatan dan kerja sosial', 'Q'),
  e('R', 'R — Kesenian, hiburan, rekreasi', 'R — Arts, entertainment, recreation', 'R — Kesenian, hiburan, rekreasi', 'R'),
  e('S', 'S — Jasa lainnya', 'S — Other service activities', 'S — Perkhidmatan lain', 'S'),
  e('T', 'T — Rumah tangga sebagai pemberi kerja (PRT)', 'T — Households as employers (domestic work)', 'T — Isi rumah sebagai majikan (pembantu rumah)', 'T'),
  e('U', 'U — Badan internasional', 'U — Extraterritorial organisations', 'U — Badan luar wilayah', 'U'),
]);

/** HTCDS vic_TypeOfSexExploitation. */
export const sexExploitationType = codeList([
  e('prostitution', 'Prostitusi', 'Prostitution', 'Pelacuran', 'Prostitution'),
  e('pornography', 'Pornografi', 'Pornography', 'Pornografi', 'Pornography'),
  e('remote_interactive', 'Layanan interaktif jarak jauh (daring)', 'Remote interactive services (online)', 'Perkhidmatan interaktif jarak jauh (dalam talian)', 'Remote Interactive Services'),
  e('private_sexual_services', 'Layanan seksual pribadi', 'Private sexual services', 'Perkhidmatan seksual persendirian', 'Private Sexual Services'),
]);

/** HTCDS vic_MethodOfRecruitment, with the direct approach by a village broker that Kepri sees most. */
export const recruitmentMethod = codeList([
  e('broker_in_village', 'Didatangi calo/tekong di kampung', 'Approached by a broker in the village', 'Didatangi ejen/tekong di kampung', 'Other'),
  e('family', 'Melalui keluarga', 'Through family', 'Melalui keluarga', 'Through family or family events'),
  e('friends', 'Melalui teman/kenalan', 'Through friends or acquaintances', 'Melalui kawan/kenalan', 'Through friends or social events'),
  e('online_social_network', 'Media sosial', 'Online social networks', 'Media sosial', 'Through online social networks'),
  e('online_advertisement', 'Iklan lowongan daring', 'Online job advertisement', 'Iklan kerja dalam talian', 'Through an online advertisement'),
  e('place_of_business', 'Di tempat usaha/agen', 'At a place of business or agency', 'Di premis perniagaan/ejen', 'At a place of business'),
  e('at_work', 'Di tempat kerja', 'At work', 'Di tempat kerja', 'At work'),
  e('educational_institution', 'Di sekolah/lembaga pendidikan', 'At an educational institution', 'Di institusi pendidikan', 'At an educational institution'),
  e('newspaper_or_tv', 'Iklan koran/TV', 'Newspaper or TV advert', 'Iklan akhbar/TV', 'Through a newspaper advert'),
  e('other', 'Lainnya', 'Other', 'Lain-lain', 'Other'),
]);

/** HTCDS vic_RecruitmentWebsitesAndApps. */
export const recruitmentApp = codeList([
  e('facebook', 'Facebook', 'Facebook', 'Facebook', 'Facebook'),
  e('whatsapp', 'WhatsApp', 'WhatsApp', 'WhatsApp', 'WhatsApp'),
  e('tiktok', 'TikTok', 'TikTok', 'TikTok', 'TikTok'),
  e('instagram', 'Instagram', 'Instagram', 'Instagram', 'Instagram'),
  e('telegram', 'Telegram', 'Telegram', 'Telegram', 'Telegram'),
  e('messenger', 'Facebook Messenger', 'Facebook Messenger', 'Facebook Messenger', 'Facebook Messenger'),
  e('line', 'LINE', 'LINE', 'LINE', 'Line'),
  e('wechat', 'WeChat', 'WeChat', 'WeChat', 'WeChat'),
  e('x_twitter', 'X (Twitter)', 'X (Twitter)', 'X (Twitter)', 'Twitter'),
  e('other', 'Lainnya', 'Other', 'Lain-lain', 'Other'),
]);

/** HTCDS vic_RelationshipToTrafficker. */
export const relationshipToTrafficker = codeList([
  e('familial', 'Keluarga', 'Family', 'Keluarga', 'Familial'),
  e('acquainted', 'Kenal', 'Acquainted', 'Kenalan', 'Acquainted'),
  e('unacquainted', 'Tidak kenal', 'Unacquainted', 'Tidak dikenali', 'Unacquainted'),
]);

export const documentType = codeList([
  e('ktp', 'KTP', 'Identity card (KTP)', 'Kad pengenalan (KTP)'),
  e('kk', 'Kartu Keluarga (KK)', 'Family card (KK)', 'Kad keluarga (KK)'),
  e('passport', 'Paspor', 'Passport', 'Pasport'),
  e('birth_certificate', 'Akta kelahiran', 'Birth certificate', 'Sijil kelahiran'),
  e('visa', 'Visa/izin kerja', 'Visa or work permit', 'Visa/permit kerja'),
  e('other', 'Dokumen lain', 'Other document', 'Dokumen lain'),
]);

export const documentIssue = codeList([
  e('forged', 'Dipalsukan', 'Forged', 'Dipalsukan'),
  e('withheld', 'Ditahan pelaku', 'Withheld by the perpetrator', 'Ditahan pelaku'),
  e('missing', 'Tidak punya', 'Missing', 'Tiada'),
]);

/** HTCDS hte_Type, with the interception and return steps the Kepri route needs. */
export const routeEventType = codeList([
  e('recruitment', 'Perekrutan', 'Recruitment', 'Perekrutan', 'Recruitment'),
  e('transit', 'Transit', 'Transit', 'Transit', 'Transit'),
  e('interception', 'Penggagalan/pencegahan', 'Interception', 'Pemintasan', 'Transit'),
  e('exploitation', 'Eksploitasi', 'Exploitation', 'Eksploitasi', 'Exploitation'),
  e('return', 'Pemulangan/deportasi', 'Return or deportation', 'Pemulangan/pengusiran', 'Transit'),
]);

/** What kind of place a route event names. `unofficial_landing` is a *jalur tikus* / *pelabuhan tikus*. */
export const placeKind = codeList([
  e('region', 'Wilayah (kode Kemendagri)', 'Region (Kemendagri code)', 'Wilayah (kod Kemendagri)'),
  e('port', 'Pelabuhan/bandara resmi', 'Official port or airport', 'Pelabuhan/lapangan terbang rasmi'),
  e('unofficial_landing', 'Jalur tikus (pelabuhan tidak resmi)', 'Unofficial landing (jalur tikus)', 'Laluan tikus (jeti tidak rasmi)'),
  e('abroad', 'Luar negeri', 'Abroad', 'Luar negara'),
]);

export const transportMode = codeList([
  e('ferry', 'Kapal feri', 'Ferry', 'Feri'),
  e('speedboat', 'Speedboat/pompong', 'Speedboat or pompong', 'Bot laju/pompong'),
  e('fishing_boat', 'Kapal nelayan', 'Fishing boat', 'Bot nelayan'),
  e('plane', 'Pesawat', 'Plane', 'Kapal terbang'),
  e('bus', 'Bus', 'Bus', 'Bas'),
  e('car', 'Mobil', 'Car', 'Kereta'),
  e('motorbike', 'Sepeda motor', 'Motorbike', 'Motosikal'),
  e('on_foot', 'Jalan kaki', 'On foot', 'Berjalan kaki'),
  e('other', 'Lainnya', 'Other', 'Lain-lain'),
]);

/** HTCDS prs_Gender. */
export const gender = codeList([
  e('female', 'Perempuan', 'Female', 'Perempuan', 'Feminine'),
  e('male', 'Laki-laki', 'Male', 'Lelaki', 'Masculine'),
  e('transgender_female', 'Transpuan', 'Transgender female', 'Transwanita', 'Transgender Feminine'),
  e('transgender_male', 'Translaki', 'Transgender male', 'Translelaki', 'Transgender Masculine'),
  e('non_conforming', 'Non-konformis', 'Non-conforming', 'Tidak akur gender', 'Non-Conforming'),
  e('unknown', 'Tidak diketahui', 'Unknown', 'Tidak diketahui', 'Not Specified/Unknown'),
]);

/**
 * Articles a case may rest on. Numbers follow UU 21/2007 (PTPPO) and UU 18/2017 (PPMI); check them
 * against the official text (peraturan.bpk.go.id) before quoting them in a court document.
 */
export const legalBasis = codeList([
  e('uu21_2007_p2', 'UU 21/2007 Pasal 2 — perdagangan orang', 'Law 21/2007 art. 2 — trafficking in persons', 'UU 21/2007 Perkara 2 — pemerdagangan orang'),
  e('uu21_2007_p3', 'UU 21/2007 Pasal 3 — memasukkan orang ke Indonesia untuk dieksploitasi', 'Law 21/2007 art. 3 — bringing persons into Indonesia for exploitation', 'UU 21/2007 Perkara 3 — membawa orang masuk ke Indonesia untuk dieksploitasi'),
  e('uu21_2007_p4', 'UU 21/2007 Pasal 4 — membawa WNI ke luar negeri untuk dieksploitasi', 'Law 21/2007 art. 4 — taking Indonesians abroad for exploitation', 'UU 21/2007 Perkara 4 — membawa WNI ke luar negara untuk dieksploitasi'),
  e('uu21_2007_p5', 'UU 21/2007 Pasal 5 — pengangkatan anak untuk dieksploitasi', 'Law 21/2007 art. 5 — adoption for exploitation', 'UU 21/2007 Perkara 5 — pengambilan anak angkat untuk dieksploitasi'),
  e('uu21_2007_p6', 'UU 21/2007 Pasal 6 — pengiriman anak', 'Law 21/2007 art. 6 — sending a child', 'UU 21/2007 Perkara 6 — penghantaran kanak-kanak'),
  e('uu21_2007_p7', 'UU 21/2007 Pasal 7 — pemberatan (luka berat, kematian)', 'Law 21/2007 art. 7 — aggravation (serious harm, death)', 'UU 21/2007 Perkara 7 — pemberatan (cedera parah, kematian)'),
  e('uu21_2007_p8', 'UU 21/2007 Pasal 8 — penyalahgunaan kekuasaan oleh pejabat', 'Law 21/2007 art. 8 — abuse of power by an official', 'UU 21/2007 Perkara 8 — salah guna kuasa oleh pegawai'),
  e('uu21_2007_p10', 'UU 21/2007 Pasal 10 — membantu atau percobaan', 'Law 21/2007 art. 10 — assisting or attempting', 'UU 21/2007 Perkara 10 — membantu atau percubaan'),
  e('uu21_2007_p11', 'UU 21/2007 Pasal 11 — merencanakan/permufakatan jahat', 'Law 21/2007 art. 11 — planning or conspiracy', 'UU 21/2007 Perkara 11 — merancang/pakatan jenayah'),
  e('uu21_2007_p12', 'UU 21/2007 Pasal 12 — memanfaatkan korban', 'Law 21/2007 art. 12 — using a victim', 'UU 21/2007 Perkara 12 — menggunakan mangsa'),
  e('uu21_2007_p16', 'UU 21/2007 Pasal 16 — kelompok terorganisasi', 'Law 21/2007 art. 16 — organised group', 'UU 21/2007 Perkara 16 — kumpulan terancang'),
  e('uu21_2007_p17', 'UU 21/2007 Pasal 17 — korban anak (pemberatan)', 'Law 21/2007 art. 17 — child victim (aggravation)', 'UU 21/2007 Perkara 17 — mangsa kanak-kanak (pemberatan)'),
  e('uu18_2017_p81', 'UU 18/2017 Pasal 81 — menempatkan PMI tanpa izin', 'Law 18/2017 art. 81 — placing migrant workers without a licence', 'UU 18/2017 Perkara 81 — menempatkan PMI tanpa lesen'),
  e('uu18_2017_p83', 'UU 18/2017 Pasal 83 — menempatkan PMI yang tidak memenuhi syarat', 'Law 18/2017 art. 83 — placing ineligible migrant workers', 'UU 18/2017 Perkara 83 — menempatkan PMI yang tidak layak'),
  e('uu18_2017_p85', 'UU 18/2017 Pasal 85 — pelanggaran penempatan lainnya', 'Law 18/2017 art. 85 — other placement offences', 'UU 18/2017 Perkara 85 — kesalahan penempatan lain'),
  e('uu18_2017_p86', 'UU 18/2017 Pasal 86 — pelanggaran oleh perusahaan', 'Law 18/2017 art. 86 — offences by companies', 'UU 18/2017 Perkara 86 — kesalahan oleh syarikat'),
  e('other', 'Dasar hukum lain', 'Other legal basis', 'Asas undang-undang lain'),
]);
