/**
 * A messy 简体 policy and its formatted form, in the file's four-space indentation and full-width
 * punctuation: what formatting does, checked through the language server (test/lsp) and in a
 * real VS Code (test/e2e).
 */
export const MESSY = `// 规范写法：审查不应发现问题。
层级 市卫健委 「市卫生健康委员会」 { 资源：预算，培训 }
层级 医院   「市第一人民医院」{上级：市卫健委；资源：手术室，培训   }   // 医院


责任 紧急救治 「生命垂危患者的紧急手术」 {
    承担：医院  类型：法定责任  情境：紧急
    内容：「对生命垂危的患者组织抢救」   期限：30分钟
    // 范围
    范围 { 地点：急诊科，手术室  时段：全天 }
}
追责 {
    适用：紧急救治
    申诉：市卫健委   30日内
}
`;

export const FORMATTED = `// 规范写法：审查不应发现问题。
层级 市卫健委 「市卫生健康委员会」 {
    资源：预算，培训
}

层级 医院 「市第一人民医院」 {
    上级：市卫健委
    资源：手术室，培训
} // 医院

责任 紧急救治 「生命垂危患者的紧急手术」 {
    承担：医院
    类型：法定责任
    情境：紧急
    内容：「对生命垂危的患者组织抢救」
    期限：30分钟
    // 范围
    范围 {
        地点：急诊科，手术室
        时段：全天
    }
}

追责 {
    适用：紧急救治
    申诉：市卫健委 30日内
}
`;
