/**
 * Phrase pools for the benchmark's policy generator: seven fields of administration, each with
 * its tiers, resources, places, duties and harms, in English and simplified Chinese (traditional
 * Chinese is derived from the simplified text). The texts read like the drafts in samples/; the
 * generator combines them, so a 10 MB set is varied without being random noise.
 */

/** A name in English (snake_case) and in simplified Chinese. */
export interface Name {
  readonly en: string;
  readonly zh: string;
}

/** Prose in English and simplified Chinese; `{n}` is replaced by a number. */
export interface Phrase {
  readonly en: string;
  readonly zh: string;
}

export interface TierSeed extends Name {
  readonly title: Phrase;
  /** Index of the superior tier; the previous tier when absent. */
  readonly under?: number;
}

export interface Domain {
  readonly id: string;
  readonly organisation: Phrase;
  /** Top to bottom: each tier is under the one before it unless `under` says otherwise. */
  readonly tiers: readonly TierSeed[];
  readonly resources: readonly Name[];
  readonly places: readonly Name[];
  readonly periods: readonly Name[];
  /** Duty names are verb × subject: `warn_large_withdrawal`, `大额取现提示`. */
  readonly verbs: readonly Name[];
  readonly subjects: readonly Name[];
  readonly actions: readonly Phrase[];
  readonly standards: readonly Phrase[];
  readonly harms: readonly Phrase[];
  readonly evidence: readonly Name[];
  readonly requires: readonly Name[];
  /** Law library ids and article numbers this field of work cites. */
  readonly laws: readonly (readonly [string, number])[];
  /** Threshold unit (money or a count) or none. */
  readonly money: boolean;
}

export const DOMAINS: readonly Domain[] = [
  {
    id: "banking",
    organisation: { en: "Qinghe Commercial Bank", zh: "清河商业银行" },
    tiers: [
      { en: "regulator", zh: "监管分局", title: { en: "Local office of the national financial regulator", zh: "国家金融监管总局地方分局" } },
      { en: "head_office", zh: "总行", title: { en: "Head office, retail banking department", zh: "总行零售银行部" } },
      { en: "review_committee", zh: "复核委员会", under: 1, title: { en: "Staff accountability review committee", zh: "员工问责复核委员会" } },
      { en: "internal_audit", zh: "内审部", under: 1, title: { en: "Internal audit department", zh: "内部审计部" } },
      { en: "branch", zh: "分行", under: 1, title: { en: "Branch", zh: "分行营业部" } },
      { en: "teller", zh: "柜员", title: { en: "Counter teller", zh: "柜面柜员" } },
    ],
    resources: [
      { en: "counter_system", zh: "柜面系统" }, { en: "fraud_system", zh: "反诈系统" }, { en: "warning_script", zh: "提示话术" },
      { en: "duty_manager", zh: "值班经理" }, { en: "aml_reporting_system", zh: "反洗钱报送系统" }, { en: "cctv", zh: "监控系统" },
      { en: "training", zh: "培训" }, { en: "budget", zh: "预算" }, { en: "staff", zh: "人员" },
    ],
    places: [{ en: "counter", zh: "柜台" }, { en: "self_service_area", zh: "自助区" }, { en: "branch_premises", zh: "营业场所" }],
    periods: [{ en: "business_hours", zh: "营业时间" }, { en: "after_hours", zh: "非营业时间" }],
    verbs: [
      { en: "warn", zh: "提示" }, { en: "report", zh: "报告" }, { en: "verify", zh: "核验" }, { en: "escalate", zh: "上报" },
      { en: "record", zh: "登记" }, { en: "review", zh: "复核" },
    ],
    subjects: [
      { en: "large_withdrawal", zh: "大额取现" }, { en: "red_flags", zh: "可疑迹象" }, { en: "cash_transaction", zh: "现金交易" },
      { en: "elderly_customer", zh: "老年客户" }, { en: "account_opening", zh: "开户" }, { en: "remote_transfer", zh: "异地转账" },
      { en: "suspicious_transfer", zh: "可疑汇款" }, { en: "card_issuance", zh: "发卡" },
    ],
    actions: [
      { en: "Before paying out a counter cash withdrawal of {n} CNY or more, read the fraud-warning script aloud and show the warning screen to the customer", zh: "对单笔{n}元以上的柜面取现，由柜员向客户宣读防诈骗提示并展示提示界面" },
      { en: "When a customer shows one of the red flags in Annex A, call the duty manager before paying out", zh: "客户出现附件一所列可疑迹象之一的，支付前呼叫值班经理到场" },
      { en: "Report every cash transaction of {n} CNY or more in one day to the anti-money-laundering monitoring centre", zh: "当日单笔或累计{n}元以上的现金交易，向反洗钱监测中心报送" },
      { en: "Check the identity document against the face on the counter camera and record the result before opening the account", zh: "开户前核对身份证件与柜面摄像头人像，并在系统中记录核验结果" },
      { en: "Hold a remote transfer above {n} CNY for a second officer's review when the payee account was opened within thirty days", zh: "收款账户开立不满三十日且转账金额超过{n}元的，交由第二名柜员复核后放行" },
    ],
    standards: [
      { en: "Warning screen displayed and the customer's acknowledgement captured in the counter system before the payout is authorised", zh: "提示界面已展示，客户确认记录在支付授权前留存于柜面系统" },
      { en: "Report accepted by the monitoring centre's system within the deadline; acceptance receipt filed with the day's records", zh: "报送在期限内被监测中心系统接收，回执与当日凭证一并归档" },
      { en: "Duty-manager call logged in the fraud system with the red-flag code", zh: "值班经理呼叫记录连同可疑迹象代码录入反诈系统" },
      { en: "Verification result and photograph stored with the account record", zh: "核验结果与现场照片随开户资料一并保存" },
    ],
    harms: [
      { en: "The customer withdrew {n} CNY after the warning and handed it to a caller posing as a police officer", zh: "客户在提示后取现{n}元，交给冒充公安的骗子" },
      { en: "A {n} CNY withdrawal lost to a scam never reached the monitoring centre", zh: "一笔{n}元的被骗取现未报送监测中心" },
      { en: "An elderly customer was refused {n} CNY for a hospital bill while the review was pending", zh: "老年客户取{n}元交住院费，因复核未完成被拒付" },
    ],
    evidence: [{ en: "counter_log", zh: "柜面日志" }, { en: "cctv_recording", zh: "监控录像" }, { en: "fraud_system_log", zh: "反诈系统日志" }, { en: "staff_statement", zh: "员工陈述" }],
    requires: [{ en: "identity_document", zh: "身份证件" }, { en: "customer_acknowledgement", zh: "客户确认" }],
    laws: [["anti-telecom-fraud-law", 30], ["anti-telecom-fraud-law", 34], ["anti-telecom-fraud-law", 18], ["commercial-banking-law", 29], ["anti-money-laundering-law", 35], ["cash-management-regulations", 11], ["large-transaction-reporting-measures", 5]],
    money: true,
  },
  {
    id: "hospital",
    organisation: { en: "First People's Hospital", zh: "市第一人民医院" },
    tiers: [
      { en: "health_commission", zh: "市卫健委", title: { en: "Municipal health commission", zh: "市卫生健康委员会" } },
      { en: "hospital", zh: "医院", title: { en: "First People's Hospital", zh: "市第一人民医院" } },
      { en: "medical_affairs", zh: "医务处", title: { en: "Medical affairs office", zh: "医务处" } },
      { en: "department_head", zh: "科主任", under: 1, title: { en: "Head of the clinical department", zh: "临床科室主任" } },
      { en: "surgeon", zh: "外科医师", title: { en: "Attending and emergency surgeons", zh: "急诊及外科主刀医师" } },
    ],
    resources: [
      { en: "operating_theatre", zh: "手术室" }, { en: "anaesthesia_team", zh: "麻醉团队" }, { en: "on_call_doctor", zh: "值班医师" },
      { en: "medical_records", zh: "病历系统" }, { en: "quality_control", zh: "质控人员" }, { en: "training", zh: "培训" }, { en: "budget", zh: "预算" },
    ],
    places: [{ en: "emergency_room", zh: "急诊科" }, { en: "operating_room", zh: "手术室" }, { en: "ward", zh: "病房" }],
    periods: [{ en: "all_day", zh: "全天" }, { en: "night_shift", zh: "夜班" }],
    verbs: [{ en: "obtain", zh: "取得" }, { en: "inform", zh: "告知" }, { en: "record", zh: "记录" }, { en: "approve", zh: "审批" }, { en: "review", zh: "复核" }],
    subjects: [
      { en: "surgical_consent", zh: "手术同意" }, { en: "emergency_surgery", zh: "急诊手术" }, { en: "risk_disclosure", zh: "风险告知" },
      { en: "transfusion", zh: "输血" }, { en: "discharge_summary", zh: "出院小结" }, { en: "adverse_event", zh: "不良事件" },
    ],
    actions: [
      { en: "Before an elective operation, explain the condition, the risks and the alternatives to the patient and obtain written consent", zh: "择期手术前向患者说明病情、手术风险和替代方案，并取得患者本人书面同意" },
      { en: "When a patient in mortal danger cannot consent and no relative can be reached, operate after the approval of the hospital head or the duty administrator", zh: "患者生命垂危且不能取得患者或近亲属意见的，经医院负责人或授权负责人批准后立即实施手术" },
      { en: "Report an adverse event to the medical affairs office within {n} hours of discovering it", zh: "发现医疗不良事件后{n}小时内向医务处报告" },
      { en: "Complete the operation record within {n} hours after the operation and sign it", zh: "术后{n}小时内完成手术记录并签名" },
    ],
    standards: [
      { en: "Each disclosed item entered in the medical record; the patient's signature dated before the operation", zh: "告知内容逐项记入病历，患者签名日期早于手术日期" },
      { en: "Approval recorded in the medical record with the approver's name and the time", zh: "批准人姓名和批准时间记入病历" },
      { en: "Adverse-event report accepted by the reporting system before the deadline", zh: "不良事件报告在期限内被上报系统接收" },
    ],
    harms: [
      { en: "A patient with a ruptured spleen died while the team waited {n} minutes for a relative's signature", zh: "脾破裂患者在等待家属签字的{n}分钟内死亡" },
      { en: "An unconscious accident victim was operated on after approval and survived; the family complained later", zh: "车祸昏迷伤者经批准后手术获救，家属事后投诉未经签字" },
      { en: "A transfusion reaction went unreported for {n} hours", zh: "一例输血反应{n}小时未上报" },
    ],
    evidence: [{ en: "medical_record", zh: "病历" }, { en: "consent_form", zh: "手术同意书" }, { en: "theatre_log", zh: "手术室记录" }, { en: "cctv_recording", zh: "监控录像" }],
    requires: [{ en: "patient_signature", zh: "患者签字" }, { en: "head_approval", zh: "负责人批准" }],
    laws: [["physicians-act", 25], ["physicians-act", 27], ["physicians-act", 55], ["civil-code", 1219], ["civil-code", 1220]],
    money: false,
  },
  {
    id: "school",
    organisation: { en: "District education bureau", zh: "区教育局" },
    tiers: [
      { en: "city_bureau", zh: "市教育局", title: { en: "City education bureau", zh: "市教育局" } },
      { en: "district_bureau", zh: "区教育局", title: { en: "District education bureau", zh: "区教育局" } },
      { en: "school", zh: "学校", title: { en: "District primary and secondary schools", zh: "区立中小学" } },
      { en: "class_teacher", zh: "教师", title: { en: "Class teacher and teacher on duty", zh: "班主任及当班教师" } },
    ],
    resources: [
      { en: "duty_roster", zh: "排班表" }, { en: "security_guards", zh: "保安" }, { en: "cctv", zh: "监控系统" }, { en: "school_clinic", zh: "校医室" },
      { en: "safety_fund", zh: "安全经费" }, { en: "training", zh: "培训" }, { en: "staff", zh: "教职工" },
    ],
    places: [{ en: "campus", zh: "校园" }, { en: "classroom", zh: "教室" }, { en: "school_gate", zh: "校门口" }, { en: "sports_ground", zh: "活动场地" }],
    periods: [{ en: "school_hours", zh: "在校时间" }, { en: "organised_activities", zh: "学校组织活动时间" }],
    verbs: [{ en: "supervise", zh: "值守" }, { en: "register", zh: "登记" }, { en: "notify", zh: "通知" }, { en: "teach", zh: "讲授" }, { en: "inspect", zh: "检查" }],
    subjects: [
      { en: "break_time", zh: "课间" }, { en: "school_gate", zh: "校门" }, { en: "student_injury", zh: "学生受伤" },
      { en: "holiday_safety", zh: "假期安全" }, { en: "field_trip", zh: "校外活动" }, { en: "canteen", zh: "食堂" },
    ],
    actions: [
      { en: "Supervise the assigned area during breaks and lunch according to the roster, and stop running, fighting and climbing on railings", zh: "课间和午休按排班表在指定区域值守，制止追逐打闹、攀爬栏杆等危险行为" },
      { en: "Register every visitor against an identity document; keep at least {n} guards at the gate when school starts and ends", zh: "校外人员出示证件并登记后放行；上学、放学时段校门口至少安排{n}名保安" },
      { en: "When a student is injured, give first aid, call the school doctor, notify the guardian within {n} minutes and report to the bureau within two hours", zh: "学生受伤的，先行救护并呼叫校医，{n}分钟内通知监护人，两小时内报告区教育局" },
      { en: "In the last week before the holidays, teach one lesson on drowning and traffic safety and send guardians a written reminder", zh: "寒暑假放假前最后一周上一节防溺水和交通安全课，并向监护人发出书面提醒" },
    ],
    standards: [
      { en: "Every slot on the roster signed by a teacher; the supervision log entered in the school system the same day", zh: "排班表每个时段均有教师签到，值守记录当天录入校务系统" },
      { en: "Visitor register complete; guard attendance recorded; recordings kept for at least {n} days", zh: "访客登记无缺项，保安到岗记录完整，监控录像保存不少于{n}日" },
      { en: "Accident form records the time of injury, the first aid given and the times of notification and report", zh: "事故登记表载明受伤时间、救护措施、通知监护人时间和报告时间" },
    ],
    harms: [
      { en: "A student drowned in a reservoir {n} kilometres from school during the summer holiday", zh: "暑假期间学生在离校{n}公里的水库溺水" },
      { en: "A stranger entered through an unguarded gate and injured a student", zh: "保安缺岗，校外人员闯入伤人" },
      { en: "A student fell from a railing during the break", zh: "学生课间攀爬栏杆摔伤" },
    ],
    evidence: [{ en: "duty_roster", zh: "排班表" }, { en: "supervision_log", zh: "值守记录" }, { en: "cctv_recording", zh: "监控录像" }, { en: "accident_form", zh: "事故登记表" }],
    requires: [{ en: "guardian_consent", zh: "监护人同意" }, { en: "safety_plan", zh: "安全预案" }],
    laws: [["teachers-law", 8], ["teachers-law", 39], ["civil-code", 1200], ["civil-code", 1201], ["minors-protection-law", 37], ["student-injury-measures", 12], ["student-injury-measures", 13]],
    money: false,
  },
  {
    id: "rural",
    organisation: { en: "Qingshan County rural revitalisation bureau", zh: "青山县乡村振兴局" },
    tiers: [
      { en: "county_bureau", zh: "县乡村振兴局", title: { en: "County rural revitalisation bureau", zh: "青山县乡村振兴局" } },
      { en: "township", zh: "乡镇政府", title: { en: "Township government", zh: "乡镇人民政府" } },
      { en: "village_cadre", zh: "村干部", title: { en: "Village committee cadres", zh: "村两委干部" } },
    ],
    resources: [
      { en: "monitoring_system", zh: "监测系统" }, { en: "support_staff", zh: "帮扶干部" }, { en: "work_fund", zh: "工作经费" },
      { en: "transport_allowance", zh: "交通补贴" }, { en: "survey_form", zh: "入户调查表" }, { en: "budget", zh: "预算" }, { en: "training", zh: "培训" },
    ],
    places: [{ en: "village", zh: "行政村" }, { en: "township_office", zh: "乡镇办公地" }],
    periods: [{ en: "quarterly_check", zh: "季度核查期" }, { en: "flood_season", zh: "汛期" }],
    verbs: [{ en: "verify", zh: "核实" }, { en: "report", zh: "报送" }, { en: "visit", zh: "走访" }, { en: "update", zh: "更新" }],
    subjects: [
      { en: "household_income", zh: "收入" }, { en: "monitored_households", zh: "监测户" }, { en: "medical_expenses", zh: "医疗支出" },
      { en: "housing_safety", zh: "住房安全" }, { en: "school_enrolment", zh: "义务教育" },
    ],
    actions: [
      { en: "Visit every monitored household once a quarter and verify its income; enter changes above {n} CNY in the monitoring system", zh: "每季度对监测户入户核实一次收入；年收入变动超过{n}元的，核实后录入监测系统" },
      { en: "Report a household whose medical expenses exceed {n} CNY in a year to the township for assistance", zh: "年度医疗支出超过{n}元的农户，报送乡镇启动帮扶" },
      { en: "Inspect the houses of monitored households before the flood season and report unsafe ones", zh: "汛期前排查监测户住房安全，报送危房名单" },
    ],
    standards: [
      { en: "One verification record per household per quarter in the monitoring system, with supporting documents for each change", zh: "监测系统中每户每季度一条核实记录，变动户附收入佐证材料" },
      { en: "Assistance request accepted by the township within the deadline", zh: "帮扶申请在期限内被乡镇受理" },
    ],
    harms: [
      { en: "Two households fell below the line after a serious illness though every visit was made", zh: "两户因家人重病收入下滑，入户核实均已按时完成" },
      { en: "A flood cut the village road and the verification was {n} days late", zh: "七月洪灾冲断进村道路，入户核实推迟{n}天" },
    ],
    evidence: [{ en: "income_ledger", zh: "收入台账" }, { en: "visit_photos", zh: "入户照片" }, { en: "household_signature", zh: "农户签字材料" }],
    requires: [{ en: "household_signature", zh: "农户签字" }],
    laws: [["civil-code", 180], ["public-officials-sanctions-law", 11], ["public-officials-sanctions-law", 12], ["ccp-accountability-regulations", 17]],
    money: true,
  },
  {
    id: "telecom",
    organisation: { en: "Provincial mobile operator", zh: "运营商省公司" },
    tiers: [
      { en: "telecom_authority", zh: "省通信管理局", title: { en: "Provincial communications administration", zh: "省通信管理局" } },
      { en: "operator", zh: "运营商省公司", title: { en: "Operator, provincial company", zh: "运营商省级公司" } },
      { en: "service_hall", zh: "营业厅", title: { en: "Own and partner service halls", zh: "自营及合作营业厅" } },
      { en: "sales_clerk", zh: "营业员", title: { en: "Service-hall clerk", zh: "营业厅营业员" } },
    ],
    resources: [
      { en: "real_name_system", zh: "实名核验系统" }, { en: "face_matching", zh: "人像比对平台" }, { en: "id_reader", zh: "实名核验终端" },
      { en: "channel_management", zh: "渠道管理" }, { en: "training", zh: "培训" }, { en: "budget", zh: "预算" },
    ],
    places: [{ en: "service_hall", zh: "营业厅" }, { en: "online_channel", zh: "线上渠道" }],
    periods: [{ en: "opening_hours", zh: "营业时间" }],
    verbs: [{ en: "verify", zh: "核验" }, { en: "audit", zh: "抽查" }, { en: "suspend", zh: "停机" }, { en: "register", zh: "登记" }],
    subjects: [{ en: "sim_registration", zh: "入网实名" }, { en: "partner_halls", zh: "代理商" }, { en: "bulk_cards", zh: "批量办卡" }, { en: "fraud_numbers", zh: "涉诈号码" }],
    actions: [
      { en: "Before issuing a SIM card, read the original identity card and match the holder's face on site", zh: "办理电话卡前，核验居民身份证原件并现场人像比对" },
      { en: "Audit at least {n} new registrations of every partner hall each quarter", zh: "每季度抽查每个合作营业厅不少于{n}笔新入网记录" },
      { en: "Suspend a number within {n} hours of the police reporting it for fraud", zh: "公安机关通报涉诈号码后{n}小时内停机" },
    ],
    standards: [
      { en: "Card reading, face-match result and photographs uploaded to the real-name system", zh: "身份证读取和人像比对结果均已上传实名核验系统" },
      { en: "Quarterly audit report lists the records checked, the problems found and their correction", zh: "季度抽查报告列明抽查笔数、问题笔数和整改结果" },
    ],
    harms: [
      { en: "A migrant worker could not obtain a card for {n} days", zh: "外地务工人员{n}天办不出电话卡" },
      { en: "A card sold with a forged identity was used in a scam", zh: "冒用身份办理的电话卡被用于诈骗" },
    ],
    evidence: [{ en: "system_log", zh: "实名核验系统日志" }, { en: "cctv_recording", zh: "营业厅监控录像" }, { en: "audit_report", zh: "抽查报告" }],
    requires: [{ en: "original_id_card", zh: "身份证原件" }, { en: "face_match_passed", zh: "人像比对通过" }],
    laws: [["anti-telecom-fraud-law", 9], ["anti-telecom-fraud-law", 15], ["personal-information-protection-law", 6], ["personal-information-protection-law", 28]],
    money: false,
  },
  {
    id: "court",
    organisation: { en: "Intermediate People's Court", zh: "中级人民法院" },
    tiers: [
      { en: "high_court", zh: "高级法院", title: { en: "Provincial high court", zh: "省高级人民法院" } },
      { en: "court", zh: "中院", title: { en: "Intermediate people's court", zh: "中级人民法院" } },
      { en: "judge", zh: "承办法官", title: { en: "Presiding judge or collegial panel", zh: "承办法官或合议庭" } },
    ],
    resources: [
      { en: "case_file", zh: "案卷" }, { en: "expert_hearing", zh: "鉴定人出庭" }, { en: "court_time", zh: "审理期限" },
      { en: "expert_register", zh: "鉴定机构名册" }, { en: "judges", zh: "法官" }, { en: "budget", zh: "预算" },
    ],
    places: [{ en: "courtroom", zh: "审判庭" }],
    periods: [{ en: "trial_period", zh: "审理期间" }],
    verbs: [{ en: "examine", zh: "审查" }, { en: "weigh", zh: "采信" }, { en: "assign", zh: "委托" }, { en: "summon", zh: "传唤" }],
    subjects: [{ en: "appraisal", zh: "鉴定意见" }, { en: "whole_record", zh: "全案证据" }, { en: "appraisers", zh: "鉴定机构" }, { en: "expert_witness", zh: "鉴定人" }],
    actions: [
      { en: "Check the appraiser's licence and field, the chain of custody and the method; summon the appraiser when a party objects in writing", zh: "审查鉴定人资质、检材来源和鉴定方法；当事人书面异议的，通知鉴定人出庭" },
      { en: "Decide causation and the disability grade on the medical records, the witness statements and the appraisal taken together", zh: "结合病历、证人证言和鉴定意见综合认定因果关系和伤残等级" },
      { en: "Assign each appraisal by lot within {n} working days to a registered institution", zh: "在{n}个工作日内以摇号方式委托名册内鉴定机构" },
    ],
    standards: [
      { en: "For each disputed finding the judgment records the objection, the appraiser's answer and the reasons", zh: "裁判文书对每项争议逐一载明异议、鉴定人答复和采信理由" },
      { en: "Draw record with date, participants and result kept in the case file", zh: "摇号记录载明日期、参与人和结果并附卷" },
    ],
    harms: [
      { en: "The disability grade fell by {n} grades on re-appraisal and the judgment was reversed", zh: "重新鉴定后伤残等级降低{n}级，一审判决被改判" },
      { en: "The appraiser was never summoned although a party objected", zh: "当事人提出异议，鉴定人始终未出庭" },
    ],
    evidence: [{ en: "forensic_report", zh: "鉴定意见书" }, { en: "trial_transcript", zh: "庭审笔录" }, { en: "case_file", zh: "案卷材料" }],
    requires: [{ en: "written_objection", zh: "书面异议" }],
    laws: [["civil-code", 1198], ["civil-code", 180], ["public-officials-sanctions-law", 55], ["civil-servant-law", 60]],
    money: false,
  },
  {
    id: "petitions",
    organisation: { en: "City petition bureau", zh: "市信访局" },
    tiers: [
      { en: "city_government", zh: "市政府", title: { en: "City government", zh: "市人民政府" } },
      { en: "petition_bureau", zh: "信访局", title: { en: "City petition bureau", zh: "市信访局" } },
      { en: "district_office", zh: "区信访办", title: { en: "District petition office", zh: "区信访办公室" } },
      { en: "case_officer", zh: "经办人", title: { en: "Petition case officer", zh: "信访事项经办人" } },
    ],
    resources: [
      { en: "petition_system", zh: "信访系统" }, { en: "case_officers", zh: "经办人员" }, { en: "legal_advisers", zh: "法律顾问" },
      { en: "budget", zh: "预算" }, { en: "training", zh: "培训" },
    ],
    places: [{ en: "reception_hall", zh: "接待大厅" }, { en: "online_platform", zh: "网上信访平台" }],
    periods: [{ en: "office_hours", zh: "工作时间" }],
    verbs: [{ en: "register", zh: "登记" }, { en: "answer", zh: "答复" }, { en: "refer", zh: "转送" }, { en: "review", zh: "复查" }],
    subjects: [{ en: "petition", zh: "信访事项" }, { en: "complaint", zh: "投诉请求" }, { en: "repeat_petition", zh: "重复信访" }, { en: "review_request", zh: "复查请求" }],
    actions: [
      { en: "Register every petition on receipt and refer it to the competent body within {n} days", zh: "收到信访事项当场登记，并在{n}日内转送有权处理机关" },
      { en: "Answer the petitioner in writing within {n} days of accepting the matter", zh: "自受理之日起{n}日内书面答复信访人" },
      { en: "Decide a request for review within {n} days and state the reasons", zh: "自收到复查请求之日起{n}日内作出复查意见并说明理由" },
    ],
    standards: [
      { en: "Registration number, referral date and receiving body recorded in the petition system", zh: "登记编号、转送日期和接收机关录入信访系统" },
      { en: "Written answer served and the service receipt filed", zh: "书面答复已送达，送达回证归档" },
    ],
    harms: [
      { en: "A petition about unpaid wages waited {n} days for referral", zh: "一件欠薪信访事项等待转送{n}日" },
      { en: "The petitioner received no written answer and petitioned again", zh: "信访人未收到书面答复，再次到市信访" },
    ],
    evidence: [{ en: "petition_record", zh: "信访登记簿" }, { en: "service_receipt", zh: "送达回证" }, { en: "system_log", zh: "系统日志" }],
    requires: [{ en: "petitioner_identity", zh: "信访人身份信息" }],
    laws: [["petition-work-regulations", 27], ["petition-work-regulations", 32], ["petition-work-regulations", 36], ["petition-work-regulations", 42], ["civil-servant-law", 95]],
    money: false,
  },
];

/** Exemption texts by ground (the ground's canonical value). */
export const EXEMPTION_WHEN: Readonly<Record<string, readonly Phrase[]>> = {
  force_majeure: [
    { en: "A flood, earthquake or regional power failure made the duty impossible; it is performed within {n} working days of the systems' return", zh: "洪涝、地震或区域停电致无法履行；恢复后{n}个工作日内补做" },
    { en: "A typhoon closed the premises; time limits run again from reopening", zh: "台风致场所关闭，期限自恢复之日起重新计算" },
  ],
  emergency: [
    { en: "A life was in danger and the usual procedure could not be followed; the approval is recorded within {n} hours", zh: "情况危急无法履行通常程序，{n}小时内补记批准情况" },
  ],
  third_party: [
    { en: "The duty was performed and an adult of full capacity, properly informed, decided otherwise", zh: "已依规履行告知义务，完全民事行为能力人知情后自主决定" },
  ],
  fulfilled: [
    { en: "Every step was taken and the harm came from a cause outside the holder's control", zh: "各项步骤均已履行，损害由责任人无法控制的原因造成" },
  ],
  outside_scope: [
    { en: "The harm happened outside the places and periods the holder controls", zh: "损害发生在责任人管辖的地点和时段之外" },
  ],
};

export const TOLERANCE_WHEN: readonly Phrase[] = [
  { en: "A judgement made in good faith under time pressure, with the procedure followed, that later proved wrong", zh: "在时间紧迫情况下依程序作出、事后证明有误的善意判断" },
  { en: "A first procedural slip within twelve months, with no loss to anyone", zh: "十二个月内首次程序性疏漏，且未造成损失" },
  { en: "An error of a new system during the first six months of the pilot, with the manual followed", zh: "试点前六个月内新系统导致的差错，且已按操作手册执行" },
];

export const LIMITS: readonly Phrase[] = [
  { en: "Never for knowing violations, for self-interest, or for concealing the error", zh: "不适用于明知故犯、谋取私利或隐瞒差错" },
  { en: "Not for a step skipped altogether, nor for a second slip within twelve months", zh: "不适用于完全未履行，或十二个月内再次疏漏" },
];

export const CORRECTIONS: readonly Phrase[] = [
  { en: "The holder files a correction note and the superior amends the manual", zh: "责任人提交纠错说明，上级修订操作手册" },
  { en: "The case is reviewed at the monthly meeting and the checklist updated", zh: "在月度例会上复盘，并更新检查清单" },
  { en: "The holder repeats the training module and the next {n} cases are double-checked", zh: "责任人重新参加培训，其后{n}件业务双人复核" },
];

export const TRIGGERS: Readonly<Record<"conduct" | "outcome", readonly Phrase[]>> = {
  conduct: [
    { en: "A required step not taken or not recorded, as shown by the system logs", zh: "未履行或未记录规定步骤，有系统日志为证" },
    { en: "A deadline missed without a recorded reason", zh: "无正当理由超过期限" },
  ],
  outcome: [
    { en: "A complaint was received or a target was missed", zh: "发生投诉或未完成年度目标" },
  ],
};

export const SUPERIOR_ANSWERS: readonly Phrase[] = [
  { en: "The superior answers instead of the holder when the resources, the training or the guidance were not provided", zh: "上级未提供所需资源、培训或指导的，由上级而非执行者担责" },
];

export const DESCRIPTIONS: readonly Phrase[] = [
  { en: "Part-time, no dedicated budget", zh: "兼职，无专项经费" },
  { en: "Hears appeals against determinations", zh: "受理对认定结论的申诉" },
  { en: "Five members, at least two from outside the line", zh: "五名成员，至少两名来自条线之外" },
];

/** Vague words reviewers flag; a few drafts use them. */
export const VAGUE: readonly Phrase[] = [
  { en: "ensure that nothing goes wrong", zh: "确保不出问题" },
  { en: "promptly handle all related matters", zh: "及时处理一切相关事项" },
  { en: "without exception", zh: "一律" },
];

export const COMMENTS: readonly Phrase[] = [
  { en: "Drafted after the review of last year's incidents.", zh: "根据上一年度事故复盘起草。" },
  { en: "The superior's version; the refinement below adds a lower threshold.", zh: "上级版本；下面的细化降低了门槛。" },
  { en: "Shared tiers come from the register file.", zh: "层级来自共享登记文件。" },
  { en: "TODO: confirm the deadline with the legal department.", zh: "待办：与法务部门确认期限。" },
  { en: "Agreed at the working meeting of the compliance committee.", zh: "经合规委员会工作会议讨论通过。" },
];
